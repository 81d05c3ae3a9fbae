using RaceLab.Explorer.Machines;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

/// <summary>
/// The adapter from RaceLab's CPython VM to the explorer: the same VM as <c>racelab sim</c>, driven by the
/// explorer's schedule instead of simulated time. A step runs one thread to its next scheduling point: the
/// next check point of the version (its eval-breaker poll), or one instruction when free-threaded or at
/// memory granularity.
/// </summary>
public sealed partial class PythonMachine : IComposableMachine<PythonState>
{
    private readonly LoadedModule _module;
    private readonly PythonMachineOptions _options;
    private readonly bool _oneInstructionSteps;
    private readonly SharedGlobals _sharedGlobals;
    private readonly LiveGlobals _liveGlobals;

    /// <summary>Loads the module (throws <see cref="VmLoadException"/> for bytecode the VM does not model).</summary>
    public PythonMachine(CodeObject module, PythonMachineOptions options)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _module = CodeLoader.Load(module, options.FreeThreaded);
        LocalStretchAnalysis.Annotate(_module);
        _sharedGlobals = new SharedGlobals(_module);
        _liveGlobals = new LiveGlobals(_module, _sharedGlobals);
        _oneInstructionSteps = options.FreeThreaded || options.Granularity == Granularity.Memory;
        _stepAccesses = ReadStepAccesses();
    }

    public bool LocalStateIdentifiesThread => false;

    public bool CanRestore => false;

    public PythonState CreateInitialState() => new([]);

    public PythonState Clone(PythonState state) => new([.. state.Steps]) { Live = new VmCopier().Copy(Live(state)) };

    public int ThreadCount(PythonState state) => Live(state).Threads.Count;

    public bool IsEnabled(PythonState state, int thread)
    {
        var t = Live(state).Threads[thread];
        return Enabled(t) && (!AwaitsPendingJoin(t) || NextStepIsLocal(state, thread));
    }

    /// <summary>
    /// Whether a thread still waits for a thread it joined (joins deferred, see Scheduler.DeferJoins): it
    /// may run its invisible steps, but not the next step another thread could observe.
    /// </summary>
    private static bool AwaitsPendingJoin(SimThread thread) =>
        thread.PendingJoins.Exists(static target => target.State != ThreadState.Finished);

    /// <summary>
    /// Whether the thread's steps are single instructions: at memory granularity and free-threaded always;
    /// with a GIL while it waits for a deferred join. A thread blocked in join() gives up the GIL there, so
    /// in CPython it resumes at the start of a fresh segment; running the invisible instructions of that
    /// segment early, one at a time, and the rest from its first visible instruction to the next check
    /// point once the joined threads ended, reaches the same states (the early part touches nothing
    /// shared). The main thread's whole join loop is such a prefix, so the order it joins in is not state.
    /// </summary>
    private bool SingleInstructions(SimThread thread) => _oneInstructionSteps || AwaitsPendingJoin(thread);

    public void Step(PythonState state, int thread, IStepRecorder? recorder)
    {
        var live = Live(state);
        state.Steps.Add(thread);
        state.LocalKeys = null;
        Execute(live, live.Threads[thread], recorder);
    }

    /// <summary>A waiting state keeps only its steps; its VM is rebuilt by re-running them when expanded.</summary>
    public void Compact(PythonState state) => state.Compact();

    public PythonState Restore(ReadOnlySpan<byte> key) =>
        throw new InvalidOperationException("Python states are rebuilt by replaying their steps, not from keys.");

    private static bool Enabled(SimThread t) => t.State != ThreadState.Finished && Scheduler.CanResume(t);

    /// <summary>The live VM of a state, rebuilt by re-running its steps when it was cloned.</summary>
    private LiveRun Live(PythonState state)
    {
        if (state.Live is { } live)
        {
            return live;
        }

        live = new LiveRun(_module, _options);
        foreach (var thread in state.Steps)
        {
            Execute(live, live.Threads[thread], null);
        }

        state.Live = live;
        return live;
    }

    /// <summary>Runs the thread to its next scheduling point.</summary>
    private void Execute(LiveRun live, SimThread thread, IStepRecorder? recorder)
    {
        var machine = live.Machine;
        // Enabled: its lock is free (it takes it, as the woken waiter does), or its wait ends by itself.
        Scheduler.ResumeForExploration(thread);

        var bootstrap = !thread.Started;
        live.Scheduler.GrantForExploration(thread);
        if (bootstrap && _oneInstructionSteps)
        {
            // A step of its own, as in CPython, where start() returns once the new thread has signalled
            // that it began, before the target's first instruction: the starter may run in between.
            recorder?.Record("(thread begins)", 0, null);
            if (thread.Top is null)
            {
                live.Scheduler.FinishForExploration(thread);
            }
            else if (thread.State == ThreadState.Running)
            {
                thread.State = ThreadState.WaitingGil;
            }

            return;
        }

        var single = SingleInstructions(thread);
        machine.DropRequest = !single;
        machine.MustStop = false;
        while (true)
        {
            machine.BreakAt = long.MaxValue;
            if (thread.Top is not { } frame)
            {
                live.Scheduler.FinishForExploration(thread);
                return;
            }

            var pc = frame.Pc;
            var instruction = frame.Code.Code[pc];
            var exit = machine.Run(thread, 1);
            recorder?.Record(Describe(frame.Code, pc), Math.Max(0, instruction.Line), Access(machine, frame, instruction));
            switch (exit)
            {
                // A segment runs on to the version's next check point, unless a join was just deferred: the
                // thread blocks there in CPython, so its next segment starts after the call.
                case RunExit.BudgetExhausted when !single && !AwaitsPendingJoin(thread):
                    continue;
                case RunExit.Finished:
                    live.Scheduler.FinishForExploration(thread);
                    if (thread.State != ThreadState.Finished)
                    {
                        // The main thread goes on with threading's exit callbacks.
                        thread.State = ThreadState.WaitingGil;
                    }

                    return;
                case RunExit.Blocked:
                    return;
            }

            if (thread.State == ThreadState.Running)
            {
                thread.State = ThreadState.WaitingGil;
            }

            return;
        }
    }
}
