using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Shrinks a schedule to fewer preemptions by delta debugging (Zeller's ddmin) over its preemptions, each
/// candidate checked by replay. Dropping a preemption lets the preempted thread run on: its next segment is
/// merged into the one it was preempted in, every other segment keeping its place and length, so each
/// thread runs the same instructions in all (see <see cref="Merge"/>). A candidate counts when its replay
/// reaches exactly the same outcome. Replays stop at a budget of instructions (a replay of a long program
/// costs a whole run), and at a number of replays (a short program's budget of instructions would otherwise
/// allow tens of thousands).
/// </summary>
internal sealed class ScheduleShrinker(SegmentReplayer replayer, long budget, int maxReplays)
{
    private const int MaxRounds = 4;
    private long _spent;

    /// <summary>Replays run.</summary>
    public int Replays { get; private set; }

    /// <summary>False when the budget ran out before the schedule was 1-minimal.</summary>
    public bool Complete { get; private set; } = true;

    /// <param name="segments">A schedule reaching <paramref name="target"/>.</param>
    /// <param name="preempted">The segments after which it preempts.</param>
    /// <param name="target">Its outcome.</param>
    public List<Segment> Shrink(List<Segment> segments, List<int> preempted, Outcome target)
    {
        // First one preemption at a time, last first: a replay each, and most of a sampled schedule's
        // preemptions (a woken thread of higher priority taking over) are not what the outcome needs.
        // When a replay costs a whole long run this is what the budget affords; ddmin then finishes.
        List<Segment> best;
        (best, preempted) = DropOneByOne(segments, preempted, target);

        for (var round = 0; round < MaxRounds && preempted.Count > 0 && Complete; round++)
        {
            var before = preempted.Count;
            var schedule = best;
            var all = preempted;
            var kept = Minimise(all, keep => Reproduces(Merge(schedule, all.Except(keep)), target, out _));
            var candidate = Merge(schedule, all.Except(kept));
            if (Reproduces(candidate, target, out var left) && left.Count < preempted.Count)
            {
                (best, preempted) = (candidate, left);
            }

            (best, preempted) = Postpone(best, preempted, target);
            if (preempted.Count >= before)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>
    /// The other ways to drop a preemption: the preempted stretch, or the one that preempted it, waits
    /// (joins its thread's next segment) or comes early (joins its thread's previous one). Tried one
    /// preemption at a time, kept when it reproduces with fewer preemptions, until none helps.
    /// </summary>
    private (List<Segment>, List<int>) Postpone(List<Segment> best, List<int> preempted, Outcome target)
    {
        for (var improved = true; improved && Complete;)
        {
            improved = false;
            var moves = preempted.SelectMany(boundary => new[] { boundary, boundary + 1 }).Where(s => s < best.Count)
                .SelectMany(s => new[] { Delay(best, s), Advance(best, s) });
            foreach (var candidate in moves)
            {
                if (candidate is not null && Reproduces(candidate, target, out var left) && left.Count < preempted.Count)
                {
                    (best, preempted, improved) = (candidate, left, true);
                    break;
                }
            }
        }

        return (best, preempted);
    }

    /// <summary>Moves segment <paramref name="index"/> into its thread's previous segment; null when it has none.</summary>
    internal static List<Segment>? Advance(List<Segment> segments, int index)
    {
        var thread = segments[index].Thread;
        var previous = index == 0 ? -1 : segments.FindLastIndex(index - 1, s => s.Thread == thread);
        if (previous < 0)
        {
            return null;
        }

        var advanced = new List<Segment>(segments);
        advanced[previous] = advanced[previous] with { Instructions = advanced[previous].Instructions + segments[index].Instructions };
        advanced.RemoveAt(index);
        return advanced;
    }

    /// <summary>Moves segment <paramref name="index"/> into its thread's next segment; null when it has none.</summary>
    internal static List<Segment>? Delay(List<Segment> segments, int index)
    {
        var thread = segments[index].Thread;
        var next = segments.FindIndex(index + 1, s => s.Thread == thread);
        if (next < 0)
        {
            return null;
        }

        var delayed = new List<Segment>(segments);
        delayed[next] = delayed[next] with { Instructions = delayed[next].Instructions + segments[index].Instructions };
        delayed.RemoveAt(index);
        return delayed;
    }

    /// <summary>
    /// After ddmin, for a program short enough to schedule step by step: random schedules with fewer
    /// preemptions (<see cref="BoundedPreemptionStrategy"/>, the preemptions placed among the run's
    /// <paramref name="steps"/> steps that may touch shared state), as many as the budget allows, each
    /// kept when it reaches the target; then one fewer again.
    /// </summary>
    public List<Segment> Research(List<Segment> best, int preemptions, Outcome target, ScheduleRunner runner, ulong seed, long steps, long maxInstructions)
    {
        for (var bound = preemptions - 1; bound >= 0 && Complete; bound--)
        {
            var found = false;
            for (var attempt = 0; attempt < ResearchAttempts && !found; attempt++)
            {
                if (OverBudget)
                {
                    Complete = false;
                    break;
                }

                var strategy = new BoundedPreemptionStrategy(ScheduleSeeds.Of(seed, (bound * ResearchAttempts) + attempt), bound, steps);
                var run = runner.Run(strategy, true, long.MaxValue, maxInstructions, CancellationToken.None)!;
                Replays++;
                _spent += Cost(run.Instructions, run.Segments?.Count ?? 0);
                if (run.Segments is not null && run.Outcome.Equals(target) && run.Preemptions <= bound)
                {
                    (best, found) = (run.Segments, true);
                    bound = Math.Min(bound, run.Preemptions);
                }
            }

            if (!found)
            {
                break;
            }
        }

        return best;
    }

    private bool OverBudget => _spent >= budget || Replays >= maxReplays;

    /// <summary>Random schedules tried for each smaller number of preemptions.</summary>
    private const int ResearchAttempts = 2000;

    private (List<Segment>, List<int>) DropOneByOne(List<Segment> best, List<int> preempted, Outcome target)
    {
        for (var i = preempted.Count - 1; i >= 0 && Complete; i--)
        {
            if (i >= preempted.Count)
            {
                continue;
            }

            var candidate = Merge(best, [preempted[i]]);
            if (Reproduces(candidate, target, out var left) && left.Count < preempted.Count)
            {
                (best, preempted) = (candidate, left);
            }
        }

        return (best, preempted);
    }

    /// <summary>ddmin: a smallest-found subset of the preemptions that still reproduces, trying none first.</summary>
    private List<int> Minimise(List<int> all, Func<List<int>, bool> reproducesKeeping)
    {
        if (reproducesKeeping([]))
        {
            return [];
        }

        var current = all;
        var parts = 2;
        while (current.Count >= 2 && Complete)
        {
            var chunks = Split(current, parts);
            var reduced = false;
            foreach (var chunk in chunks)
            {
                if (chunk.Count < current.Count && reproducesKeeping(chunk))
                {
                    (current, parts, reduced) = (chunk, 2, true);
                    break;
                }
            }

            if (!reduced)
            {
                foreach (var chunk in chunks)
                {
                    var complement = current.Except(chunk).ToList();
                    if (complement.Count < current.Count && reproducesKeeping(complement))
                    {
                        (current, parts, reduced) = (complement, Math.Max(parts - 1, 2), true);
                        break;
                    }
                }
            }

            if (!reduced)
            {
                if (parts >= current.Count)
                {
                    break;
                }

                parts = Math.Min(parts * 2, current.Count);
            }
        }

        if (current.Count == 1 && Complete && reproducesKeeping([]))
        {
            return [];
        }

        return current;
    }

    private static List<List<int>> Split(List<int> items, int parts)
    {
        var chunks = new List<List<int>>();
        for (var p = 0; p < parts; p++)
        {
            var from = items.Count * p / parts;
            var to = items.Count * (p + 1) / parts;
            if (to > from)
            {
                chunks.Add(items.GetRange(from, to - from));
            }
        }

        return chunks;
    }

    /// <summary>
    /// Drops the preemptions after the given segments: each preempted thread's next segment joins the segment
    /// it was preempted in (or the one that segment was itself merged into).
    /// </summary>
    internal static List<Segment> Merge(List<Segment> segments, IEnumerable<int> dropped)
    {
        var instructions = segments.Select(s => s.Instructions).ToArray();
        var host = Enumerable.Range(0, segments.Count).ToArray();
        var gone = new bool[segments.Count];
        foreach (var boundary in dropped.Order())
        {
            var thread = segments[boundary].Thread;
            var next = boundary + 1;
            while (next < segments.Count && (gone[next] || segments[next].Thread != thread))
            {
                next++;
            }

            if (next == segments.Count)
            {
                continue;
            }

            var into = boundary;
            while (host[into] != into)
            {
                into = host[into];
            }

            instructions[into] += instructions[next];
            gone[next] = true;
            host[next] = into;
        }

        var merged = new List<Segment>(segments.Count);
        for (var i = 0; i < segments.Count; i++)
        {
            if (!gone[i])
            {
                merged.Add(new Segment(segments[i].Thread, instructions[i]));
            }
        }

        return merged;
    }

    /// <summary>A replay's cost in instructions: each switch costs about as much as this many (measured on 3.9).</summary>
    private const long SwitchCost = 25;

    private static long Cost(long instructions, int segments) => instructions + (SwitchCost * segments);

    private bool Reproduces(List<Segment> candidate, Outcome target, out List<int> preempted)
    {
        preempted = [];
        if (OverBudget)
        {
            Complete = false;
            return false;
        }

        Replays++;
        try
        {
            var run = replayer.Run(candidate, null, out preempted);
            _spent += Cost(run.Instructions, candidate.Count);
            return run.Outcome.Equals(target);
        }
        catch (ScheduleException)
        {
            // The merge made a thread run where it cannot (it blocked, or ended): not a schedule of this program.
            _spent += Cost(candidate.Sum(s => s.Instructions), candidate.Count);
            return false;
        }
    }
}
