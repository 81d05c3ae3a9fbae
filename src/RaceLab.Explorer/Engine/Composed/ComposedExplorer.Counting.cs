namespace RaceLab.Explorer.Engine.Composed;

public sealed partial class ComposedExplorer<TState>
{
    /// <summary>Each counted level's parents and stepped parts, to rebuild its states.</summary>
    private readonly List<(int[] Parents, ushort[] Stepped)> _trails = [];

    /// <summary>
    /// Pass 1, as <see cref="StateSpaceExplorer{TState}"/>'s: level by level, each state's number of schedules
    /// is summed over its parents (times the number of alike threads that step), a final state's count goes to
    /// its outcome. Every step goes one level deeper; a schedule longer than the number of distinct states
    /// must revisit one, which proves a cycle.
    /// </summary>
    private CountingResult CountInterleavings(Action<ExplorationProgress>? progress)
    {
        var result = new CountingResult();
        var current = new VectorLevel();
        var next = new VectorLevel();
        var initial = Decompose(_machine.CreateInitialState(), _ids);
        current.Clear(1);
        current.FindOrAdd(initial, -1, PartVector.Empty, out _);
        current.Counts.Set(0, 1);
        result.States = 1;
        var distinct = new Keys.FingerprintSet();
        var nextReport = (long)_options.ProgressInterval;

        for (var depth = 0; current.Count > 0; depth++)
        {
            _trails.Add(current.Trail());
            next.Clear(current.Count * 2);
            for (var i = 0; i < current.Count; i++)
            {
                var vector = current.Vector(i);
                var origin = new Origin(depth, i);
                var children = Expand(vector, origin);
                if (children == 0)
                {
                    result.AddTerminal(OutcomeOf(vector, origin), current.Counts.Get(i));
                    continue;
                }

                for (var c = 0; c < children; c++)
                {
                    ref readonly var child = ref _children[c];
                    var index = next.FindOrAdd(child.Vector, i, child.Stepped, out var added);
                    if (added)
                    {
                        distinct.Add(child.Vector.Hash());
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

            result.States += next.Count;
            if (next.Count > 0)
            {
                result.MaxDepth = depth + 1;
            }

            if (next.Count > 0 && depth + 1 > distinct.Count)
            {
                throw distinct.Saturated ? EndlessLoopException.TooDeep(depth + 1) : EndlessLoopException.Cycle(depth + 1, distinct.Count);
            }

            (current, next) = (next, current);
        }

        progress?.Invoke(new ExplorationProgress("states", result.States, result.MaxDepth, result.Outcomes.Count));
        return result;
    }

    /// <summary>The thread parts stepped from the root to a state.</summary>
    private List<ushort> StepsTo(Origin origin)
    {
        var steps = new List<ushort>();
        if (origin.Level < 0)
        {
            for (var entry = origin.Index; _witnessParent[entry] >= 0; entry = _witnessParent[entry])
            {
                steps.Add(_witnessStepped[entry]);
            }
        }
        else
        {
            for (int level = origin.Level, index = origin.Index; level > 0; level--)
            {
                var (parents, stepped) = _trails[level];
                steps.Add(stepped[index]);
                index = parents[index];
            }
        }

        steps.Reverse();
        return steps;
    }
}
