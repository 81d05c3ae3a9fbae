using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Replays a sampled schedule (a list of segments) exactly as it ran, optionally recording the first and
/// last instructions of every segment for a witness table.
/// </summary>
public sealed class SegmentReplayer(PythonMachine machine)
{
    /// <summary>Instructions shown at each end of a segment in a witness table.</summary>
    public const int ShownPerEnd = 6;

    /// <summary>Replays the schedule to its final state, recording a witness.</summary>
    /// <exception cref="ScheduleException">A segment names a thread that cannot run, or the schedule ends early.</exception>
    public ReplayResult Replay(IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var recorder = new WitnessRecorder();
        var run = Run(segments, recorder, out _);
        return new ReplayResult(run.Outcome, new Witness([.. segments.Select(s => s.Thread)], run.Preemptions, recorder.Events));
    }

    /// <summary>Replays without recording; <paramref name="preempted"/> lists the segments after which the schedule preempted.</summary>
    internal ScheduleRun Run(IReadOnlyList<Segment> segments, WitnessRecorder? recorder, out List<int> preempted)
    {
        var live = machine.StartSampledRun();
        var point = new SchedulingPoint(machine, live);
        preempted = [];
        var current = -1;
        long executed = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var (thread, atLeast) = segments[i];
            point.Refresh(current, executed);
            if (thread < 0 || thread >= point.ThreadCount || !point.IsEnabled(thread))
            {
                throw new ScheduleException($"segment {i + 1}: thread {thread} cannot run there (enabled: {Describe(point.Enabled)})");
            }

            if (current >= 0 && current != thread && point.IsEnabled(current))
            {
                preempted.Add(i - 1);
            }

            var target = live.Threads[thread];
            SegmentEnd end;
            if (recorder is null)
            {
                executed += machine.RunSegment(live, target, atLeast, out end);
            }
            else
            {
                recorder.Begin(i + 1, thread);
                executed += machine.RunSegmentRecorded(live, target, atLeast, recorder, ShownPerEnd, out end);
            }

            current = thread;
        }

        point.Refresh(current, executed);
        if (point.Enabled.Count > 0)
        {
            throw new ScheduleException($"the schedule ends after {segments.Count} segments but threads can still run (enabled: {Describe(point.Enabled)})");
        }

        return new ScheduleRun(machine.OutcomeOf(live), preempted.Count, executed, live.Threads.Count, null);
    }

    private static string Describe(List<int> enabled) => enabled.Count == 0 ? "none" : string.Join(", ", enabled);
}
