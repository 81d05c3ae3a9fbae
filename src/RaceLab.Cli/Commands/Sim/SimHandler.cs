using System.CommandLine;
using RaceLab.Cli.Infrastructure;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Modules;
using RaceLab.Python.Vm.Simulation;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>Runs <c>racelab sim</c>: compile per version, simulate every version × trial in parallel, report.</summary>
internal static class SimHandler
{
    public static int Execute(ParseResult parse, SimDefinition definition, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        try
        {
            var settings = SimSettings.From(parse, definition);
            var runs = Simulate(settings, compile);
            var real = settings.Real ? RealInterpreters.RunAll(settings.Targets, settings.Program.FullName) : [];
            if (settings.Json)
            {
                SimJsonWriter.Write(console, settings, runs, real);
            }
            else
            {
                SimReport.Write(console, settings, runs, real);
            }

            SimPictures.Write(console, settings, runs);

            return runs.Any(r => r.Result.ExitCode != 0 || r.Result.Stop != Python.Vm.Threading.SimulationStop.Completed) ? ExitCodes.CheckFailed : ExitCodes.Ok;
        }
        catch (SimUsageException e)
        {
            // CliApp reports it on the error console as `racelab: error: ...` with exit code 2, like every command.
            throw new UsageException(e.Message);
        }
    }

    internal static IReadOnlyList<SimRun> Simulate(SimSettings settings, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var source = File.ReadAllText(settings.Program.FullName);
        var fileName = settings.Program.ToString();
        var codes = new Dictionary<PythonVersion, CodeObject>();
        foreach (var version in settings.Targets.Select(t => t.Version).Distinct())
        {
            codes[version] = Compile(compile, source, fileName, version);
        }

        var jobs = settings.Targets.SelectMany(t => Enumerable.Range(0, settings.Trials).Select(i => (Target: t, Trial: i))).ToArray();
        var results = new SimRun[jobs.Length];
        try
        {
            // One job runs on this thread: starting the thread pool would cost a single short trial ~10 ms.
            ParallelOrInline(jobs.Length, i =>
            {
                var (target, trial) = jobs[i];
                var options = new SimulationOptions
                {
                    Version = target.Version,
                    FreeThreaded = target.FreeThreaded,
                    Cores = settings.Cores,
                    Seed = settings.Seed + (ulong)trial,
                    SwitchIntervalSeconds = settings.SwitchInterval ?? 0.005,
                    MaxInstructions = settings.MaxInstructions,
                    Trace = settings.Trace,
                    RecordTimeline = settings.RecordTimeline,
                    Source = source,
                    DisplayPath = settings.Program.ToString(),
                };
                results[i] = new SimRun(target, trial + 1, Simulator.Run(codes[target.Version], options));
            });
        }
        catch (AggregateException e) when (e.InnerException is VmLoadException load)
        {
            throw new SimUsageException(load.Message);
        }

        return results;
    }

    private static void ParallelOrInline(int count, Action<int> body)
    {
        if (count == 1)
        {
            try
            {
                body(0);
            }
            catch (Exception e)
            {
                // The same shape Parallel.For reports failures in, so one handler serves both.
                throw new AggregateException(e);
            }
        }
        else
        {
            Parallel.For(0, count, body);
        }
    }

    private static CodeObject Compile(Func<string, string, PythonVersion, CodeObject> compile, string source, string fileName, PythonVersion version)
    {
        try
        {
            var code = compile(source, fileName, version);
            ModelledModules.Check(source, fileName, version);
            return code;
        }
        catch (PythonSyntaxException e)
        {
            // "prog.py:3:5: message". Anything else the compiler throws is a bug in racelab, reported as such by CliApp.
            throw new SimUsageException(e.ToString());
        }
    }
}
