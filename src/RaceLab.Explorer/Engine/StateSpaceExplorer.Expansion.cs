namespace RaceLab.Explorer.Engine;

/// <summary>
/// Expanding a level's states: each parent's children (copied, stepped, keyed) are computed on any of several
/// workers, one explorer instance each for its scratch, and handed back in parent order for the merge.
/// </summary>
public sealed partial class StateSpaceExplorer<TState>
{
    /// <summary>Parents expanded at a time (on several threads) before their children are merged in order.</summary>
    private const int BatchSize = 512;

    /// <summary>
    /// This explorer and, when expanding may run on several threads, one more per extra thread: each
    /// worker keeps its own scratch (canonical orders, key writers). Only machines whose states are live
    /// VMs go parallel; the compiled models' states cost too little to be worth it.
    /// </summary>
    private List<StateSpaceExplorer<TState>> Workers()
    {
        var workers = new List<StateSpaceExplorer<TState>> { this };
        var wanted = _machine.CanRestore ? 1 : Math.Max(1, _options.Workers);
        while (workers.Count < wanted)
        {
            workers.Add(new StateSpaceExplorer<TState>(_machine, _options));
        }

        return workers;
    }

    /// <summary>Expands parents first .. first + count - 1 of the level into batch[0 .. count - 1].</summary>
    private static void Expand(StateLevel<TState> level, int first, int count, ParentExpansion[] batch, List<StateSpaceExplorer<TState>> workers)
    {
        if (workers.Count == 1 || count < 2 * workers.Count)
        {
            for (var k = 0; k < count; k++)
            {
                batch[k] = workers[0].ExpandParent(level, first + k);
            }

            return;
        }

        var taken = -1;
        Parallel.For(0, workers.Count, new ParallelOptions { MaxDegreeOfParallelism = workers.Count }, w =>
        {
            for (int k; (k = Interlocked.Increment(ref taken)) < count;)
            {
                batch[k] = workers[w].ExpandParent(level, first + k);
            }
        });
    }

    /// <summary>
    /// One parent's children (state, stored key, how many interchangeable threads the step stands for), or
    /// its outcome when no thread can run, or what went wrong, to be thrown when the merge reaches it.
    /// </summary>
    private ParentExpansion ExpandParent(StateLevel<TState> level, int index)
    {
        try
        {
            var state = level.State(index) ?? _machine.Restore(level.Keys.Key(index));
            level.Forget(index);
            var groups = GroupEnabledThreads(state);
            if (groups == 0)
            {
                return new ParentExpansion { Outcome = _machine.GetOutcome(state) };
            }

            var children = new ExpandedChild[groups];
            for (var g = 0; g < groups; g++)
            {
                // The last child steps the parent itself: nothing reads the parent after its expansion.
                var child = g == groups - 1 ? state : _machine.Clone(state);
                RunStep(_machine, child, _groupThread[g], _options.ReduceLocalSteps, null);
                var key = CanonicalKey(child, _machine.ThreadCount(child));
                children[g] = _machine.CanRestore
                    ? new ExpandedChild(child, 0, key.ToArray(), _groupSize[g])
                    : new ExpandedChild(child, System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(key), null, _groupSize[g]);
            }

            return new ParentExpansion { Children = children };
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return new ParentExpansion { Failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error) };
        }
    }

    private readonly record struct ExpandedChild(TState State, UInt128 Digest, byte[]? Key, int Multiplicity);

    private struct ParentExpansion
    {
        public ExpandedChild[]? Children;
        public Machines.Outcome? Outcome;
        public System.Runtime.ExceptionServices.ExceptionDispatchInfo? Failure;
    }
}
