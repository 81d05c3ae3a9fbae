using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Timeline;

namespace RaceLab.Report.Sim;

/// <summary>The JSON a page embeds for one run: its numbers and its timeline, stretches and hand-offs as compact rows.</summary>
internal static class SimTimelineData
{
    private static readonly string[] IntervalColumns = ["thread", "start", "end", "activity"];
    private static readonly string[] HandoffColumns = ["time", "from", "to", "cause", "detail"];

    public static SimRunData Of(SimRunView run)
    {
        var r = run.Result;
        var t = r.Timeline;
        return new SimRunData(run.Label, r.Python, r.Seed, r.Output, r.UncaughtException, r.AssertionFailed, r.SimulatedSeconds,
            r.GilSwitches, r.LostUpdateEvents, r.UpdatesLost, r.Instructions, t is null ? null : new TimelineData(
                t.Threads,
                t.Ends,
                t.EndSeconds,
                t.HasGil,
                IntervalColumns,
                t.Intervals.Select(i => new object[] { i.Thread, i.Start, i.End, Activity(i.Activity) }),
                HandoffColumns,
                t.Handoffs.Select(h => new object[] { h.Time, h.From, h.To, h.Cause.ToString(), h.Detail }),
                t.LostUpdates,
                t.LostUpdatesNotKept));
    }

    private static string Activity(ThreadActivity activity) => activity.ToString().ToLowerInvariant();
}
