using System.Text;
using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Timing;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// One simulated run of a module: globals, builtins, captured output, and the dispatch loop that runs a
/// thread's frames until it reaches a check point with a drop request, blocks, or ends.
/// </summary>
internal sealed partial class Machine
{
    private readonly PyValue[] _globals;
    private readonly PyValue[] _builtinFallback;
    private readonly long[] _writeSeq;

    /// <summary>
    /// Per global: how many updates its value carries. A store of a value computed from a load carries the
    /// loaded depth plus one, so a stale store drops the updates stored since (depth now minus depth then):
    /// summed over a run that is exactly the updates missing from the final value, nested overwrites and all.
    /// </summary>
    private readonly long[] _depth;
    private readonly int[][] _warm;
    private readonly int _warmThreshold;
    private readonly bool _legacy;
    private readonly bool _specializes;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly StreamOrder _streamOrder = new();
    private readonly Dictionary<string, PyValue> _modules;

    /// <summary>sys.stdout and sys.stderr: the machine's, not the shared native module's, since a program may replace them.</summary>
    private PyValue _sysStdout = PyValue.FromObject(PyTextStream.Stdout);
    private PyValue _sysStderr = PyValue.FromObject(PyTextStream.Stderr);
    private int _threadNames;

    /// <summary>The simulated clock (ps) of the thread that runs (GIL builds: everyone's clock).</summary>
    public long Now;

    /// <summary>When the running thread must call <see cref="Scheduler.OnTime"/>: the next pending event.</summary>
    public long BreakAt = long.MaxValue;

    /// <summary>gil_drop_request: set by a waiter whose timed wait expired.</summary>
    public bool DropRequest;

    /// <summary>Set by the scheduler when the running thread blocked in a native call.</summary>
    public bool MustStop;

    public Machine(LoadedModule module, bool freeThreaded, LostUpdateLedger ledger)
    {
        Module = module;
        Version = module.Main.Version;
        FreeThreaded = freeThreaded;
        Ledger = ledger;
        Costs = CostModel.For(Version, freeThreaded);
        var n = module.GlobalNames.Count;
        _globals = new PyValue[n];
        _builtinFallback = new PyValue[n];
        _writeSeq = new long[n];
        _depth = new long[n];
        _modules = ModuleTable(module);
        _imported = new bool[module.Libraries.Count];
        var builtins = Builtins.Table();
        for (var i = 0; i < n; i++)
        {
            if (builtins.TryGetValue(module.GlobalNames[i], out var b))
            {
                _builtinFallback[i] = b;
            }

            // The program runs as the main module; until it assigns __name__ itself, reads find "__main__"
            // (a library module's, its own name).
            if (module.GlobalNames[i] == "__name__")
            {
                _builtinFallback[i] = PyValue.FromString(module.ModuleOfSlot(i));
            }
        }

        _warm = module.AllCode.Select(c => new int[c.Code.Length]).ToArray();
        _legacy = Version <= PythonVersion.Py310;

        // 3.11 quickens a code object after 8 warm-up executions, then the adaptive CALL specializes on its
        // next run; 3.12/3.13 quicken at once and specialize on the second execution; 3.13t does not specialize.
        _specializes = !_legacy && !freeThreaded;
        _warmThreshold = Version == PythonVersion.Py311 ? 9 : 1;
    }

    public LoadedModule Module { get; }

    public PythonVersion Version { get; }

    public bool FreeThreaded { get; }

    public LostUpdateLedger Ledger { get; }

    public CostModel Costs { get; }

    public Scheduler Scheduler { get; set; } = null!;

    public string Stdout => _stdout.ToString();

    public string Stderr => _stderr.ToString();

    /// <summary>Stdout's and stderr's lines in the order they were written.</summary>
    public IReadOnlyList<Simulation.OutputLine> Transcript(IReadOnlyList<string> output, IReadOnlyList<string> errors) =>
        _streamOrder.Merge(output, errors);

    public int GlobalCount => _globals.Length;

    public PyValue Global(int slot) => _globals[slot];

    public SimThread CreateThread(string name)
    {
        var thread = new SimThread(Scheduler.Threads.Count, name)
        {
            LoadedSeq = new long[_globals.Length],
            LoadedDepth = new long[_globals.Length],
            LoadedAt = new LoadRecord[_globals.Length],
            SeenSeq = new long[_globals.Length],
        };
        Array.Fill(thread.LoadedSeq, -1);
        return thread;
    }

    public string NextThreadName(PyValue target)
    {
        _threadNames++;

        // 3.10+ names threads after their target: "Thread-1 (worker)".
        return Version >= PythonVersion.Py310 && target.Ref is PyFunction f
            ? $"Thread-{_threadNames} ({f.Code.Name})"
            : $"Thread-{_threadNames}";
    }

    /// <summary>Pushes the module's frame on the main thread.</summary>
    public void EnterModule(SimThread main)
    {
        InitializeLibraries();
        var frame = main.RentFrame();
        frame.Reset(Module.Main, isModule: true);
        main.Top = frame;
    }

    /// <summary>Pushes a thread's target call as its first frame; false when the target is not a Python function.</summary>
    public void EnterTarget(SimThread thread, PyThreadObject obj)
    {
        // A Thread subclass that overrides run() runs it on itself.
        if (obj.Class is { } type && type.TryLookup("run", out var run, out _) && run.Ref is PyFunction runFunction)
        {
            var runFrame = thread.RentFrame();
            runFrame.Reset(runFunction.Code, isModule: false);
            BindArguments(runFrame, runFunction, [PyValue.FromObject(obj)], null);
            thread.Top = runFrame;
            return;
        }

        if (obj.Target.IsNone)
        {
            return;
        }

        var kwargs = obj.Kwargs?.Items ?? [];
        PyValue[] args = [.. obj.Args, .. kwargs.Select(p => p.Value)];
        var names = kwargs.Count == 0 ? null : new PyTuple(kwargs.Select(p => p.Key).ToArray());
        var target = obj.Target;
        if (target.Ref is PyPartial partial)
        {
            // Thread(target=partial(f, x)): the partial's C call adds its arguments, then f runs.
            (args, names) = PartialArguments(partial, args, names);
            target = partial.Function;
        }

        if (target.Ref is not PyFunction function)
        {
            throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(target).Name}' object is not callable");
        }

        var frame = thread.RentFrame();
        frame.Reset(function.Code, isModule: false);
        BindArguments(frame, function, args, names);
        thread.Top = frame;
    }

    public void Write(string text)
    {
        _stdout.Append(text);
        _streamOrder.Note(isError: false, text);
    }

    public void WriteError(string text)
    {
        _stderr.Append(text);
        _streamOrder.Note(isError: true, text);
    }
}
