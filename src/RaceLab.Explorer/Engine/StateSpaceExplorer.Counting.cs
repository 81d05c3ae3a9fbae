namespace RaceLab.Explorer.Engine;

public sealed partial class StateSpaceExplorer<TState>
{
    /// <summary>
    /// How many states of a level keep their full machine state; the rest are compacted (rebuilt when
    /// expanded), so small searches run at full speed and big ones stay within memory.
    /// </summary>
    private const int KeptWhole = 2_000;

    /// <summary>Parents expanded at a time (on several threads) before their children are merged in order.</summary>
    private const int BatchSize = 512;

    /// <summary>
    /// Pass 1: level by level (every step goes one level deeper), each state's count of schedules reaching it
    /// is summed over its predecessors; a final state adds its count to its outcome. Symmetric threads in
    /// identical local states are stepped once with their multiplicity, which keeps the counts exact.
    /// Expanding a state (copying it, stepping, writing the child's key) is the costly part, and states of a
    /// level are independent: batches of them are expanded on several threads, then merged into the next
    /// level one parent at a time in index order, so states, counts, limits and errors come out exactly as
    /// with one thread.
    /// </summary>
    private CountingResult CountInterleavings(Action<ExplorationProgress>? progress)
    {
        var result = new CountingResult();
        var current = new StateLevel<TState>();
        var next = new StateLevel<TState>();
        var keepStates = !_machine.CanRestore;
        var initial = _machine.CreateInitialState();
        var root = current.Add(CanonicalKey(initial, _machine.ThreadCount(initial)), keepStates ? initial : null, out _);
        current.Counts.Reset(1);
        current.Counts.Set(root, 1);
        result.States = 1;
        var nextReport = (long)_options.ProgressInterval;

        // Every step goes one level deeper, which terminates only if no schedule revisits a state. A path
        // longer than the number of distinct states must revisit one (pigeonhole), so counting the distinct
        // states (64-bit fingerprints of their digests) proves a cycle as soon as the depth passes that
        // count. Machines that restore from keys (the compiled models) are acyclic by construction and skip
        // the set.
        var distinct = _machine.CanRestore ? null : new Keys.FingerprintSet();
        var workers = Workers();
        var batch = new ParentExpansion[BatchSize];
        var digest = new byte[16];

        for (var depth = 0; current.Count > 0; depth++)
        {
            next.Clear();
            for (var first = 0; first < current.Count; first += BatchSize)
            {
                var count = Math.Min(BatchSize, current.Count - first);
                Expand(current, first, count, batch, workers);
                for (var k = 0; k < count; k++)
                {
                    var i = first + k;
                    var expansion = batch[k];
                    batch[k] = default;
                    expansion.Failure?.Throw();
                    if (expansion.Outcome is { } outcome)
                    {
                        result.AddTerminal(outcome, current.Counts.Get(i));
                        continue;
                    }

                    foreach (var child in expansion.Children!)
                    {
                        if (child.Key is null)
                        {
                            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(digest, child.Digest);
                        }

                        var index = next.Add(child.Key ?? digest, keepStates ? child.State : null, out var added);
                        if (added)
                        {
                            distinct?.Add((ulong)child.Digest);
                        }

                        if (added && keepStates && index >= KeptWhole)
                        {
                            _machine.Compact(child.State);
                        }

                        next.Counts.AddProduct(index, current.Counts, i, child.Multiplicity);
                        result.Transitions++;
                    }

                    if (_options.MaxStates is { } max && result.States + next.Count > max)
                    {
                        result.Complete = false;
                        result.States += next.Count;
                        return result;
                    }

                    if (progress is not null && result.States + next.Count >= nextReport)
                    {
                        progress(new ExplorationProgress("states", result.States + next.Count, depth + 1, result.Outcomes.Count));
                        nextReport += _options.ProgressInterval;
                    }
                }
            }

            result.States += next.Count;
            if (next.Count > 0)
            {
                result.MaxDepth = depth + 1;
            }

            if (distinct is not null && next.Count > 0 && depth + 1 > distinct.Count)
            {
                // Past the set's capacity the count stays at its cap: a schedule that long is taken to loop.
                throw distinct.Saturated ? EndlessLoopException.TooDeep(depth + 1) : EndlessLoopException.Cycle(depth + 1, distinct.Count);
            }

            (current, next) = (next, current);
        }

        progress?.Invoke(new ExplorationProgress("states", result.States, result.MaxDepth, result.Outcomes.Count));
        return result;
    }

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

    /// <summary>
    /// Fills <see cref="_groupThread"/>/<see cref="_groupSize"/> with one enabled thread per group of
    /// interchangeable threads (same code, same local state, nothing else telling them apart).
    /// </summary>
    private int GroupEnabledThreads(TState state)
    {
        var threads = _machine.ThreadCount(state);
        EnsureThreads(threads);
        _parentCanon.Order(state, threads, _order);
        var groups = 0;
        var baseKeyWritten = false;
        for (var p = 0; p < threads;)
        {
            var thread = _order[p];
            if (!_machine.IsEnabled(state, thread))
            {
                p++;
                continue;
            }

            var size = 1;
            while (p + size < threads
                && _parentCanon.Alike(state, _order[p + size - 1], _order[p + size])
                && Interchangeable(state, threads, p + size - 1, ref baseKeyWritten))
            {
                size++;
            }

            _groupThread[groups] = thread;
            _groupSize[groups] = size;
            groups++;
            p += size;
        }

        return groups;
    }

    /// <summary>Whether swapping the threads at two adjacent positions leaves the whole state unchanged.</summary>
    private bool Interchangeable(TState state, int threads, int position, ref bool baseKeyWritten)
    {
        if (_machine.LocalStateIdentifiesThread)
        {
            return true;
        }

        var order = _order.AsSpan(0, threads);
        if (!baseKeyWritten)
        {
            _baseKey.Reset();
            _machine.WriteKey(state, order, _baseKey);
            baseKeyWritten = true;
        }

        (order[position], order[position + 1]) = (order[position + 1], order[position]);
        _swapKey.Reset();
        _machine.WriteKey(state, order, _swapKey);
        (order[position], order[position + 1]) = (order[position + 1], order[position]);
        return _swapKey.Written.SequenceEqual(_baseKey.Written);
    }
}
