using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine;

/// <summary>
/// Exhaustive exploration of every interleaving of a machine's threads: every reachable outcome, the exact
/// number of schedules reaching it, and a schedule with the fewest preemptions for each.
/// Deterministic: no clock, no randomness; the same machine and options give the same result.
/// </summary>
public sealed partial class StateSpaceExplorer<TState>
    where TState : class
{
    private readonly IExplorableMachine<TState> _machine;
    private readonly ExplorationOptions _options;
    private readonly Canonicalizer<TState> _parentCanon;
    private readonly Canonicalizer<TState> _childCanon;
    private readonly StateKeyWriter _key = new();
    private readonly MemoryBudget _memory;
    private readonly StateKeyWriter _swapKey = new();
    private readonly StateKeyWriter _baseKey = new();
    private readonly byte[] _digest = new byte[16];
    private int[] _order = new int[16];
    private int[] _childOrder = new int[16];
    private int[] _groupThread = new int[16];
    private int[] _groupSize = new int[16];
    private bool[] _enabled = new bool[16];

    public StateSpaceExplorer(IExplorableMachine<TState> machine, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(machine);
        _machine = machine;
        _options = options ?? new ExplorationOptions();
        _parentCanon = new Canonicalizer<TState>(machine, _options.Symmetry);
        _childCanon = new Canonicalizer<TState>(machine, _options.Symmetry);
        _memory = new MemoryBudget(_options.MaxMemoryBytes);
    }

    /// <summary>
    /// The witness pass's limit: --max-states, or, when the count stopped at the memory budget, a small
    /// share of the states it reached: the witness pass keeps more per state and is slower per state, and a
    /// partial result's witnesses are a courtesy (the serial ones come first), not a proof.
    /// </summary>
    internal static long? WitnessCap(CountingResult counting, long? maxStates) =>
        counting.StoppedByMemory ? Math.Min(counting.States / 4, 20_000) : maxStates;

    private long? WitnessCap(CountingResult counting) => WitnessCap(counting, _options.MaxStates);

    /// <summary>Explores the whole state space (or up to <see cref="ExplorationOptions.MaxStates"/>).</summary>
    public ExplorationResult Explore(Action<ExplorationProgress>? progress = null)
    {
        var counting = CountInterleavings(progress);
        var witnesses = FindWitnesses(counting, progress);
        return Report(counting, witnesses);
    }

    /// <summary>
    /// Runs one thread to its next scheduling point, then on through steps that touch no shared state; then
    /// every other thread whose next step touches no shared state takes it too. Such invisible steps commute
    /// with every step of every other thread, so taking them at once reaches the same outcomes, and the
    /// interleavings counted are those of the visible steps only (SPIN's partial-order reduction of local
    /// moves): a main thread's set-up, start() and join() do not multiply the workers' interleavings.
    /// </summary>
    internal static void RunStep(IExplorableMachine<TState> machine, TState state, int thread, bool reduce, IStepRecorder? recorder)
    {
        machine.Step(state, thread, recorder);
        if (!reduce)
        {
            return;
        }

        RunInvisibleSteps(machine, state, thread, recorder);
        for (var progress = true; progress;)
        {
            progress = false;
            for (var other = 0; other < machine.ThreadCount(state); other++)
            {
                if (machine.IsEnabled(state, other) && machine.NextStepIsLocal(state, other))
                {
                    recorder?.Continue(other);
                    RunInvisibleSteps(machine, state, other, recorder);
                    progress = true;
                }
            }
        }
    }

    /// <summary>A thread running this many invisible steps in a row is taken to loop forever.</summary>
    public const int MaxInvisibleSteps = 1_000_000;

    private static void RunInvisibleSteps(IExplorableMachine<TState> machine, TState state, int thread, IStepRecorder? recorder)
    {
        for (var steps = 0; machine.IsEnabled(state, thread) && machine.NextStepIsLocal(state, thread); steps++)
        {
            if (steps == MaxInvisibleSteps)
            {
                throw EndlessLoopException.LocalSpin(thread, steps);
            }

            machine.Step(state, thread, recorder);
        }
    }

    private void EnsureThreads(int threads)
    {
        if (_order.Length < threads)
        {
            var size = threads * 2;
            _order = new int[size];
            _childOrder = new int[size];
            _groupThread = new int[size];
            _groupSize = new int[size];
        }
    }

    /// <summary>Writes the canonical key of a state and leaves its canonical order in <see cref="_childOrder"/>.</summary>
    private ReadOnlySpan<byte> CanonicalKey(TState state, int threads)
    {
        EnsureThreads(threads);
        _childCanon.Order(state, threads, _childOrder);
        _key.Reset();
        _machine.WriteKey(state, _childOrder.AsSpan(0, threads), _key);
        return Stored(_key.Written);
    }

    /// <summary>
    /// What the visited-state tables keep of a key: the key itself when the machine rebuilds states from
    /// keys, else its 128-bit digest (the states themselves travel with the search).
    /// </summary>
    private ReadOnlySpan<byte> Stored(ReadOnlySpan<byte> key)
    {
        if (_machine.CanRestore)
        {
            return key;
        }

        Keys.KeyHash.Digest(key, _digest);
        return _digest;
    }

    private static int PositionOf(int[] order, int threads, int thread)
    {
        for (var p = 0; p < threads; p++)
        {
            if (order[p] == thread)
            {
                return p;
            }
        }

        throw new InvalidOperationException($"Thread {thread} vanished from the state.");
    }
}
