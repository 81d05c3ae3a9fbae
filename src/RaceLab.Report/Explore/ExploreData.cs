using System.Globalization;
using RaceLab.Explorer.Engine;

namespace RaceLab.Report.Explore;

/// <summary>The JSON a page embeds for an exploration: every outcome with its count, grade and witness (events as compact rows).</summary>
internal static class ExploreData
{
    private static readonly string[] EventColumns = ["step", "thread", "instruction", "line", "access"];

    public static ExplorationData Of(ExploreView view) => new(
        view.Program,
        view.Python,
        view.Bound,
        view.Granularity,
        view.Result.Complete,
        view.Result.States,
        view.Result.TotalInterleavings.ToString(CultureInfo.InvariantCulture),
        view.Result.AnomalyReachable,
        view.Result.Outcomes.Select(Outcome));

    private static OutcomeData Outcome(OutcomeReport o) => new(
        o.Outcome.Globals.ToDictionary(g => g.Key, g => g.Value),
        o.Outcome.Output,
        o.Outcome.AssertionFailed,
        o.Outcome.Error,
        o.Interleavings.ToString(CultureInfo.InvariantCulture),
        o.MinPreemptions,
        o.Serial,
        o.Anomaly,
        o.Witness is not { } w ? null : new WitnessData(
            w.Schedule,
            w.Preemptions,
            w.Events.Select(e => e.Step).Distinct().Count(),
            EventColumns,
            w.Events.Select(e => new object?[] { e.Step, e.Thread, e.Instruction, e.Line, e.Access })));
}
