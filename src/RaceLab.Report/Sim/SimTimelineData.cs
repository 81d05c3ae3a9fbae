using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Timeline;

namespace RaceLab.Report.Sim;

/// <summary>The JSON a page embeds for one run: its numbers and its timeline, stretches and hand-offs as compact rows.</summary>
internal static class SimTimelineData
{
    public static object Of(SimRunView run)
    {
        var r = run.Result;
        var t = r.Timeline;
        return new
        {
            label = run.Label,
            python = r.Python,
            seed = r.Seed,
            output = r.Output,
            uncaught_exception = r.UncaughtException,
            assertion_failed = r.AssertionFailed,
            simulated_seconds = r.SimulatedSeconds,
            gil_switches = r.GilSwitches,
            lost_update_events = r.LostUpdateEvents,
            updates_lost = r.UpdatesLost,
            instructions = r.Instructions,
            timeline = t is null ? null : new
            {
                threads = t.Threads,
                ends = t.Ends,
                end_seconds = t.EndSeconds,
                has_gil = t.HasGil,
                interval_columns = new[] { "thread", "start", "end", "activity" },
                intervals = t.Intervals.Select(i => new object[] { i.Thread, i.Start, i.End, Activity(i.Activity) }),
                handoff_columns = new[] { "time", "from", "to", "cause", "detail" },
                handoffs = t.Handoffs.Select(h => new object[] { h.Time, h.From, h.To, h.Cause.ToString(), h.Detail }),
                lost_updates = t.LostUpdates,
                lost_updates_not_kept = t.LostUpdatesNotKept,
            },
        };
    }

    private static string Activity(ThreadActivity activity) => activity.ToString().ToLowerInvariant();
}
