namespace RaceLab.Explorer.Engine.Composed;

public sealed partial class ComposedExplorer<TState>
{
    private readonly List<int> _witnessParent = [];
    private readonly List<ushort> _witnessStepped = [];

    /// <summary>
    /// Pass 2, as <see cref="StateSpaceExplorer{TState}"/>'s: a 0-1 breadth-first search over (state, part of
    /// the thread that ran last), a step costing one when it switches away from that thread while it could
    /// continue. Threads in equal parts are interchangeable, so the last thread is known by its part. The
    /// search stops once every outcome of pass 1 has its witness.
    /// </summary>
    private WitnessSearch FindWitnesses(CountingResult counting, Action<ExplorationProgress>? progress)
    {
        var search = new WitnessSearch { Schedules = true };
        var entries = new Dictionary<(PartVector Vector, ushort Last), int>();
        var vectors = new List<PartVector>();
        var lasts = new List<ushort>();
        var dist = new List<int>();
        var wanted = counting.Complete ? counting.Outcomes.Count : int.MaxValue;
        var scratch = new Child[PartVector.MaxThreads];
        var frontier = new List<int>();
        var later = new List<int>();

        var root = Decompose(_machine.CreateInitialState(), _ids);
        entries.Add((root, PartVector.Empty), 0);
        vectors.Add(root);
        lasts.Add(PartVector.Empty);
        dist.Add(0);
        _witnessParent.Add(-1);
        _witnessStepped.Add(PartVector.Empty);
        frontier.Add(0);
        var reporter = new ProgressReporter(progress, _options.ProgressInterval, "witnesses");

        for (var d = 0; frontier.Count > 0; d++)
        {
            if (d > 0)
            {
                search.SerialComplete = true;
            }

            // Cost-0 children join this distance's frontier as it is walked; cost-1 children wait for the next.
            for (var f = 0; f < frontier.Count; f++)
            {
                var entry = frontier[f];
                if (dist[entry] < d)
                {
                    continue;
                }

                var vector = vectors[entry];
                var last = lasts[entry];
                var origin = new Origin(-1, entry);
                var children = Expand(vector, origin, scratch);
                CheckReplaysPayOff(counting.Transitions + vectors.Count);
                if (children == 0)
                {
                    var outcome = OutcomeOf(vector, origin);
                    if (!search.Found.ContainsKey(outcome.Signature))
                    {
                        var schedule = new List<int>();
                        Materialise(StepsTo(origin), schedule);
                        search.Found[outcome.Signature] = (d, [.. schedule]);
                        if (search.Found.Count >= wanted)
                        {
                            search.States = vectors.Count;
                            return search;
                        }
                    }

                    continue;
                }

                var lastEnabled = false;
                for (var c = 0; c < children; c++)
                {
                    lastEnabled |= scratch[c].Stepped == last;
                }

                for (var c = 0; c < children; c++)
                {
                    var (child, stepped, childLast, _) = scratch[c];
                    var cost = lastEnabled && stepped != last ? 1 : 0;
                    var key = (child, childLast);
                    if (!entries.TryGetValue(key, out var index))
                    {
                        index = vectors.Count;
                        entries.Add(key, index);
                        vectors.Add(child);
                        lasts.Add(childLast);
                        dist.Add(int.MaxValue);
                        _witnessParent.Add(-1);
                        _witnessStepped.Add(PartVector.Empty);
                    }

                    if (d + cost < dist[index])
                    {
                        dist[index] = d + cost;
                        _witnessParent[index] = entry;
                        _witnessStepped[index] = stepped;
                        (cost == 0 ? frontier : later).Add(index);
                    }
                }

                if ((WitnessCap(counting) is { } max && vectors.Count > max) || _memory.Exceeded(vectors.Count))
                {
                    search.States = vectors.Count;
                    return search;
                }

                reporter.At(vectors.Count, d, search.Found.Count);
            }

            (frontier, later) = (later, frontier);
            later.Clear();
        }

        search.SerialComplete = true;
        search.States = vectors.Count;
        return search;
    }
}
