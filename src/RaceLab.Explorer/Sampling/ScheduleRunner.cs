using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Runs a program to its end under a strategy, each schedule on a fresh VM: the strategy picks a runnable
/// thread at each switch point and the VM's dispatch loop runs it to the next one it asked for.
/// </summary>
internal sealed class ScheduleRunner(PythonMachine machine)
{
    /// <summary>Segments kept for one schedule at most (a random walk of a long program switches millions of times).</summary>
    public const int MaxRecordedSegments = 4_000_000;

    /// <summary>How the error of a schedule given up begins.</summary>
    public const string DidNotEnd = "did not end within";

    /// <summary>
    /// Runs one schedule. After <paramref name="fairAfter"/> instructions the rest runs round robin (a
    /// strategy's favourite spinning on a flag must let the others set it); after
    /// <paramref name="maxInstructions"/> the schedule ends as "did not end". Null when cancelled.
    /// </summary>
    public ScheduleRun? Run(ISchedulingStrategy strategy, bool record, long fairAfter, long maxInstructions, CancellationToken cancel)
    {
        var live = machine.StartSampledRun();
        var point = new SchedulingPoint(machine, live);
        var segments = record ? new List<Segment>() : null;
        var preempted = record ? new List<int>() : null;
        var fair = new RoundRobinStrategy(PctStrategy.Quantum);
        var lastEnd = SegmentEnd.Blocked;
        var current = -1;
        var preemptions = 0;
        long executed = 0;
        for (long decisions = 1; ; decisions++)
        {
            point.Refresh(current, executed);
            if (point.Enabled.Count == 0)
            {
                return new ScheduleRun(machine.OutcomeOf(live), preemptions, executed, live.Threads.Count, segments)
                {
                    Log10States = PythonMachine.Log10States(live),
                    PreemptedAfter = preempted,
                };
            }

            if (executed >= maxInstructions)
            {
                var stuck = machine.OutcomeOf(live);
                var error = $"{DidNotEnd} {maxInstructions:N0} instructions (a thread may spin forever under this schedule)";
                return new ScheduleRun(new Outcome(stuck.Globals, stuck.Output, false, null, error), preemptions, executed, live.Threads.Count, segments)
                {
                    Log10States = PythonMachine.Log10States(live),
                };
            }

            if ((decisions & 1023) == 0 && cancel.IsCancellationRequested)
            {
                return null;
            }

            var choice = (executed >= fairAfter ? fair : strategy).Next(point);
            if (current >= 0 && choice.Thread != current && point.IsEnabled(current))
            {
                preemptions++;
                preempted?.Add(segments!.Count - 1);
            }

            var ran = machine.RunSegment(live, live.Threads[choice.Thread], choice.AtLeast, out var end);
            point.Ran(choice.Thread);
            executed += ran;
            if (segments is not null)
            {
                segments = Append(segments, choice.Thread, ran, current, lastEnd);
                if (segments is null)
                {
                    // Too long to keep: the caller wanted the schedule, so the rest of the run is of no use.
                    return new ScheduleRun(machine.OutcomeOf(live), preemptions, executed, live.Threads.Count, null);
                }
            }

            current = choice.Thread;
            lastEnd = end;
        }
    }

    /// <summary>
    /// Adds a segment, merged into the last when the same thread ran on from a switch point (running on
    /// through a switch point is what the merged segment replays). Gives up past <see cref="MaxRecordedSegments"/>.
    /// </summary>
    private static List<Segment>? Append(List<Segment> segments, int thread, long ran, int last, SegmentEnd lastEnd)
    {
        if (thread == last && lastEnd == SegmentEnd.SwitchPoint && segments.Count > 0)
        {
            segments[^1] = segments[^1] with { Instructions = segments[^1].Instructions + ran };
            return segments;
        }

        if (segments.Count == MaxRecordedSegments)
        {
            return null;
        }

        segments.Add(new Segment(thread, ran));
        return segments;
    }
}
