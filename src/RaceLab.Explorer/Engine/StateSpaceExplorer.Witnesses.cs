using RaceLab.Explorer.Keys;

namespace RaceLab.Explorer.Engine;

public sealed partial class StateSpaceExplorer<TState>
{
    /// <summary>
    /// Pass 2: a 0-1 breadth-first search over (state, thread that ran last) where a step costs one when it
    /// switches away from a thread that could have continued (a preemption). States come off the deque in
    /// order of preemptions, so the first final state of each outcome has its fewest preemptions; the search
    /// stops as soon as every outcome of pass 1 has its witness.
    /// </summary>
    private WitnessSearch FindWitnesses(CountingResult counting, Action<ExplorationProgress>? progress)
    {
        var search = new WitnessSearch();
        var table = new KeyTable();
        var dist = new List<int>();
        var parent = new List<int>();
        var stepPosition = new List<int>();
        var deque = new LinkedList<(int Entry, int Dist, TState? State, int Last)>();
        var keep = !_machine.CanRestore;
        var wanted = counting.Complete ? counting.Outcomes.Count : int.MaxValue;

        var initial = _machine.CreateInitialState();
        table.FindOrAdd(WitnessKey(initial, -1), out _);
        dist.Add(0);
        parent.Add(-1);
        stepPosition.Add(-1);
        deque.AddFirst((0, 0, keep ? initial : null, -1));
        var reporter = new ProgressReporter(progress, _options.ProgressInterval, "witnesses");
        var lastDist = 0;

        while (deque.First is { } node)
        {
            deque.RemoveFirst();
            var (entry, d, kept, keptLast) = node.Value;
            if (d > dist[entry])
            {
                continue;
            }

            if (d > 0 && lastDist == 0)
            {
                search.SerialComplete = true;
            }

            lastDist = d;
            TState state;
            int last;
            if (kept is not null)
            {
                (state, last) = (kept, keptLast);
            }
            else
            {
                // A state rebuilt from its key numbers threads by canonical position.
                var key = table.Key(entry);
                last = LeadingInt(key, out var prefix);
                state = _machine.Restore(key[prefix..]);
            }

            var threads = _machine.ThreadCount(state);
            EnsureThreads(threads);
            _parentCanon.Order(state, threads, _order, last);
            var order = (int[])_order.Clone();
            var lastEnabled = last >= 0 && _machine.IsEnabled(state, last);
            var enabled = _enabled.Length >= threads ? _enabled : _enabled = new bool[threads * 2];
            var lastPosition = -1;
            for (var p = 0; p < threads; p++)
            {
                enabled[p] = _machine.IsEnabled(state, order[p]);
                lastPosition = enabled[p] ? p : lastPosition;
            }

            var anyEnabled = lastPosition >= 0;
            for (var p = 0; p < threads; p++)
            {
                var thread = order[p];
                if (!enabled[p])
                {
                    continue;
                }

                var cost = lastEnabled && thread != last ? 1 : 0;

                // The last child steps the parent itself (a final state has no child, so it stays intact).
                var child = p == lastPosition ? state : _machine.Clone(state);
                RunStep(_machine, child, thread, _options.ReduceLocalSteps, null);
                var childKey = WitnessKey(child, thread);
                var index = table.FindOrAdd(childKey, out var added);
                if (added)
                {
                    dist.Add(int.MaxValue);
                    parent.Add(-1);
                    stepPosition.Add(-1);
                }

                if (d + cost < dist[index])
                {
                    dist[index] = d + cost;
                    parent[index] = entry;
                    stepPosition[index] = p;
                    if (keep && index >= KeptWhole)
                    {
                        _machine.Compact(child);
                    }

                    var item = (index, d + cost, keep ? child : null, thread);
                    if (cost == 0)
                    {
                        deque.AddFirst(item);
                    }
                    else
                    {
                        deque.AddLast(item);
                    }
                }
            }

            if (!anyEnabled)
            {
                var outcome = _machine.GetOutcome(state);
                if (!search.Found.ContainsKey(outcome.Signature))
                {
                    search.Found[outcome.Signature] = (d, Path(entry, parent, stepPosition));
                    if (search.Found.Count >= wanted)
                    {
                        break;
                    }
                }
            }

            if ((WitnessCap(counting) is { } max && table.Count > max) || _memory.Exceeded(table.Count))
            {
                break;
            }

            reporter.At(table.Count, d, search.Found.Count);
        }

        if (deque.First is null)
        {
            search.SerialComplete = true;
        }

        search.States = table.Count;
        return search;
    }

    /// <summary>The key of (state, canonical position of the thread that ran last).</summary>
    private ReadOnlySpan<byte> WitnessKey(TState state, int lastThread)
    {
        var threads = _machine.ThreadCount(state);
        EnsureThreads(threads);
        _childCanon.Order(state, threads, _childOrder, lastThread);
        _key.Reset();
        _key.Write(lastThread < 0 ? -1 : PositionOf(_childOrder, threads, lastThread));
        _machine.WriteKey(state, _childOrder.AsSpan(0, threads), _key);
        return Stored(_key.Written);
    }

    private static int LeadingInt(ReadOnlySpan<byte> key, out int length)
    {
        var reader = new Machines.StateKeyReader(key);
        var value = reader.ReadInt32();
        length = 0;
        while (key[length] >= 0x80)
        {
            length++;
        }

        length++;
        return value;
    }

    private static int[] Path(int entry, List<int> parent, List<int> stepPosition)
    {
        var positions = new List<int>();
        for (var e = entry; parent[e] >= 0; e = parent[e])
        {
            positions.Add(stepPosition[e]);
        }

        positions.Reverse();
        return [.. positions];
    }
}
