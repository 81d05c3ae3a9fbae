namespace RaceLab.Explorer.Engine;

public sealed partial class StateSpaceExplorer<TState>
{
    /// <summary>
    /// How many states of a level keep their full machine state; the rest are compacted (rebuilt when
    /// expanded), so small searches run at full speed and big ones stay within memory.
    /// </summary>
    private const int KeptWhole = 2_000;

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
        var reporter = new ProgressReporter(progress, _options.ProgressInterval, "states");

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

                    if (result.StopsAt(_options.MaxStates, next.Count, _memory))
                    {
                        return result;
                    }

                    reporter.At(result.States + next.Count, depth + 1, result.Outcomes.Count);
                }
            }

            // Past the set's capacity the count stays at its cap: a schedule that long is taken to loop.
            result.EndLevel(next.Count, depth, distinct?.Count ?? 0, distinct?.Saturated ?? false, checkCycle: distinct is not null);

            (current, next) = (next, current);
        }

        progress?.Invoke(new ExplorationProgress("states", result.States, result.MaxDepth, result.Outcomes.Count));
        return result;
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
