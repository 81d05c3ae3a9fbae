using System.Globalization;
using RaceLab.Explorer.Engine;

namespace RaceLab.Report.Explore;

/// <summary>The JSON a page embeds for an exploration: every outcome with its count, grade and witness (events as compact rows).</summary>
internal static class ExploreData
{
    public static object Of(ExploreView view) => new
    {
        program = view.Program,
        python = view.Python,
        bound = view.Bound,
        granularity = view.Granularity,
        complete = view.Result.Complete,
        states = view.Result.States,
        total_interleavings = view.Result.TotalInterleavings.ToString(CultureInfo.InvariantCulture),
        anomaly_reachable = view.Result.AnomalyReachable,
        outcomes = view.Result.Outcomes.Select(Outcome),
    };

    private static object Outcome(OutcomeReport o) => new
    {
        globals = o.Outcome.Globals.ToDictionary(g => g.Key, g => g.Value),
        output = o.Outcome.Output,
        assertion_failed = o.Outcome.AssertionFailed,
        error = o.Outcome.Error,
        interleavings = o.Interleavings.ToString(CultureInfo.InvariantCulture),
        min_preemptions = o.MinPreemptions,
        serial = o.Serial,
        anomaly = o.Anomaly,
        witness = o.Witness is not { } w ? null : new
        {
            schedule = w.Schedule,
            preemptions = w.Preemptions,
            steps = w.Events.Select(e => e.Step).Distinct().Count(),
            event_columns = new[] { "step", "thread", "instruction", "line", "access" },
            events = w.Events.Select(e => new object?[] { e.Step, e.Thread, e.Instruction, e.Line, e.Access }),
        },
    };
}
