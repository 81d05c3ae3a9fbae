using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// The explorer over states kept as vectors of interned parts (<see cref="PartVector"/>): a state is its
/// shared part and the multiset of its threads' parts, and a thread's step is learned once per (thread part,
/// shared part) on the machine and then applied to every state holding both without running the machine.
/// The machine runs only to learn a new pair, for steps that involve more than the two parts (thread
/// creation, steps that name other threads), and to read final states' outcomes; such a state is rebuilt by
/// replaying the parts stepped on its way from the root. Same passes, counts and witnesses as
/// <see cref="StateSpaceExplorer{TState}"/>, which it falls back to when a state does not split.
/// </summary>
public sealed partial class ComposedExplorer<TState>
    where TState : class
{
    private readonly IComposableMachine<TState> _machine;
    private readonly ExplorationOptions _options;
    private readonly PartCatalog _catalog = new();
    private readonly StepMemo _memo = new();
    private readonly MemoryBudget _memory;
    private readonly StateParts _parts = new();
    private readonly Dictionary<PartVector, Outcome> _outcomes = [];
    private ushort[] _ids = new ushort[PartVector.MaxThreads];
    private ushort[] _childIds = new ushort[PartVector.MaxThreads];

    /// <summary>Children of a parent expanded on the machine (one thread at a time).</summary>
    private readonly Child[] _scratch = new Child[PartVector.MaxThreads];

    /// <summary>Levels store narrow keys: a part id past a byte, or a 15th thread, must end the try.</summary>
    private bool _narrow;

    /// <summary>Steps run on the machine to rebuild states by replay (the cost of learning).</summary>
    private long _replayed;

    public ComposedExplorer(IComposableMachine<TState> machine, ExplorationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(machine);
        _machine = machine;
        _options = options ?? new ExplorationOptions();
        _memory = new MemoryBudget(_options.MaxMemoryBytes);
    }

    /// <summary>The witness pass's limit (see StateSpaceExplorer.WitnessCap).</summary>
    private long? WitnessCap(CountingResult counting) => StateSpaceExplorer<TState>.WitnessCap(counting, _options.MaxStates);

    /// <summary>The count ended with narrow keys (false once a vector outgrew them and it started again).</summary>
    internal bool NarrowKeysSufficed { get; private set; }

    /// <summary>Steps learned on the machine (the rest of the transitions reused them).</summary>
    public long MachineSteps { get; private set; }

    /// <summary>
    /// Explores the whole state space; throws <see cref="NotComposableException"/> when a state does not split
    /// or parts do not pay off.
    /// </summary>
    internal ExplorationResult Explore(Action<ExplorationProgress>? progress)
    {
        CountingResult counting;
        try
        {
            // Narrow keys while every vector fits 16 bytes (ids below 255, at most 14 threads): a level's
            // entries are then one cache line each. A wider vector starts the count again with full vectors;
            // what the VM taught about parts stays.
            _narrow = true;
            counting = CountInterleavings<NarrowKey>(progress);
            NarrowKeysSufficed = true;
        }
        catch (KeyTooNarrowException)
        {
            _trails.Clear();
            _narrow = false;
            counting = CountInterleavings<PartVector>(progress);
        }

        _narrow = false;

        var witnesses = FindWitnesses(counting, progress);
        return new StateSpaceExplorer<TState>(_machine, _options).Report(counting, witnesses) with { LearnedSteps = MachineSteps };
    }

    /// <summary>Decomposes a state into its vector, the part id of each thread left in <paramref name="ids"/>.</summary>
    private PartVector Decompose(TState state, ushort[] ids)
    {
        var threads = _machine.ThreadCount(state);
        if (threads > PartVector.MaxThreads)
        {
            throw new NotComposableException($"more than {PartVector.MaxThreads} threads");
        }

        _parts.Reset(threads);
        if (!_machine.TryDecompose(state, _parts))
        {
            throw new NotComposableException("a part refers into another");
        }

        var vector = _catalog.Vector(_parts, ids);
        if (_narrow && !NarrowKey.Fits(_catalog.ThreadPartCount, threads))
        {
            throw new KeyTooNarrowException();
        }

        return vector;
    }

    /// <summary>
    /// Rebuilds a state by replaying the thread parts stepped from the root: at each step any thread in that
    /// part will do (equal parts are interchangeable), the one that ran last first.
    /// </summary>
    private TState Materialise(IReadOnlyList<ushort> stepped, List<int>? schedule = null)
    {
        var state = _machine.CreateInitialState();
        var last = -1;
        foreach (var part in stepped)
        {
            Decompose(state, _ids);
            var thread = last >= 0 && _ids[last] == part && _machine.IsEnabled(state, last) ? last : FindThread(state, part);
            schedule?.Add(thread);
            StateSpaceExplorer<TState>.RunStep(_machine, state, thread, true, null);
            _replayed++;
            last = thread;
        }

        return state;
    }

    /// <summary>Replayed steps a search may spend before it must show they pay off.</summary>
    internal long ReplayAllowance { get; init; } = 5_000;

    /// <summary>
    /// Gives up on parts when rebuilding states costs more than searching whole states would. The whole-state
    /// search copies a VM, steps it and writes its key for each transition, several times the cost of a
    /// replayed step; replays past eight a transition (after an allowance) mean steps are seldom reused (a
    /// shared part that names a thread, say, makes every step unlearnable). The caller then searches whole
    /// states; the results are the same.
    /// </summary>
    private void CheckReplaysPayOff(long transitions)
    {
        if (_replayed > ReplayAllowance + (8 * transitions))
        {
            throw new NotComposableException("steps are seldom reused");
        }
    }

    private int FindThread(TState state, ushort part)
    {
        for (var t = 0; t < _machine.ThreadCount(state); t++)
        {
            if (_ids[t] == part && _machine.IsEnabled(state, t))
            {
                return t;
            }
        }

        throw new InvalidOperationException($"No enabled thread in part {part} while replaying a state.");
    }
}
