using System.Numerics;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Timeline;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Simulation;

/// <summary>
/// Runs a module's code object on the model of one CPython build: that version's bytecode semantics,
/// check points and GIL hand-off protocol, in simulated time. Deterministic for a given seed.
/// </summary>
public static class Simulator
{
    /// <summary>Simulates one run. Throws <see cref="VmLoadException"/> for bytecode the VM does not model.</summary>
    public static SimulationResult Run(CodeObject module, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        if (module.Version != options.Version)
        {
            throw new ArgumentException($"the code object is CPython {module.Version.Label()} bytecode, not {options.Version.Label()}", nameof(options));
        }

        if (options.FreeThreaded && options.Version != PythonVersion.Py313)
        {
            throw new ArgumentException("the free-threaded build exists for 3.13 only", nameof(options));
        }

        return Run(CodeLoader.Load(module, options.FreeThreaded), options);
    }

    /// <summary>Runs <paramref name="trials"/> trials with seeds Seed, Seed+1, ... in parallel; results in trial order.</summary>
    public static IReadOnlyList<SimulationResult> RunTrials(CodeObject module, SimulationOptions options, int trials)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loaded = CodeLoader.Load(module, options.FreeThreaded);
        var results = new SimulationResult[trials];
        Parallel.For(0, trials, i => results[i] = Run(loaded, options with { Seed = options.Seed + (ulong)i }));
        return results;
    }

    private static SimulationResult Run(LoadedModule loaded, SimulationOptions options)
    {
        // A timeline tells every lost update's story, so loads are traced then too (stories kept only for --trace).
        var timeline = options.RecordTimeline ? new TimelineRecorder(hasGil: !options.FreeThreaded) : null;
        var ledger = new LostUpdateLedger(loaded.GlobalNames, options.Trace || timeline is not null, options.Trace ? options.MaxStories : 0)
        {
            Timeline = timeline,
        };
        var machine = new Machine(loaded, options.FreeThreaded, ledger)
        {
            SourceLines = options.Source?.Split('\n'),
            DisplayPath = options.DisplayPath ?? string.Empty,
        };
        // The program's own random numbers come from the run's seed too, on a stream of their own.
        machine.ProgramRandom = new Xoshiro(options.Seed ^ 0x52414345_4C414221UL);
        var scheduler = new Scheduler(machine, options.Seed, options.SwitchIntervalSeconds, options.FreeThreaded, options.Cores);
        machine.Scheduler = scheduler;
        scheduler.Timeline = timeline;
        var main = machine.CreateThread("MainThread");
        machine.EnterModule(main);
        var stop = scheduler.Run(main, options.MaxInstructions);
        var end = options.FreeThreaded ? scheduler.Threads.Max(t => t.Clock) : machine.Now;
        var uncaught = main.Uncaught;
        var globals = new Dictionary<string, BigInteger>(StringComparer.Ordinal);
        for (var i = 0; i < loaded.ProgramGlobalCount; i++)
        {
            var v = machine.Global(i);
            if (v.IsIntegral && !v.IsBool)
            {
                globals[loaded.GlobalNames[i]] = v.ToBig();
            }
        }

        var output = Lines(machine.Stdout);
        var errors = Lines(machine.Stderr);
        return new SimulationResult
        {
            Python = options.Label,
            Seed = options.Seed,
            Output = output,
            ErrorOutput = errors,
            Transcript = machine.Transcript(output, errors),
            ExitCode = uncaught is null ? 0 : uncaught.Type.IsSubtypeOf(Tags.SystemExit) ? Machine.SystemExitCode(uncaught) : 1,
            AssertionFailed = uncaught is not null && ReferenceEquals(uncaught.Type, Tags.AssertionError),
            UncaughtException = uncaught is null ? null : Describe(uncaught),
            Globals = globals,
            SimulatedSeconds = (end + machine.Costs.ProcessOverhead) / 1e12,
            GilSwitches = options.FreeThreaded ? 0 : scheduler.GilSwitches,
            LostUpdateEvents = ledger.Events,
            UpdatesLost = ledger.UpdatesLost,
            Instructions = scheduler.TotalInstructions,
            Stop = stop,
            StopMessage = scheduler.StopMessage,
            Deadlock = scheduler.Deadlock,
            Threads = scheduler.Threads.Select(t => new ThreadReport(
                t.Name, Math.Max(0, t.StartTime) / 1e12, Math.Max(0, t.EndTime) / 1e12, t.Instructions, t.State.ToString())).ToArray(),
            Stories = ledger.Stories,
            Timeline = timeline?.Build(end),
        };
    }

    private static string Describe(PyException e)
    {
        var message = PyFormat.Str(PyValue.FromObject(e));
        return message.Length > 0 ? $"{e.Type.Name}: {message}" : e.Type.Name;
    }

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
