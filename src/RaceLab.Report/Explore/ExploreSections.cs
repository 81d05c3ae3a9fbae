using System.Globalization;
using System.Xml.Linq;
using RaceLab.Report.Svg;
using static RaceLab.Report.Svg.HtmlFragment;

namespace RaceLab.Report.Explore;

/// <summary>The HTML of an exploration: the verdict, the outcome chart, and a swimlane per witness.</summary>
public static class ExploreSections
{
    public static string Outcomes(ExploreView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        var r = view.Result;
        var scope = view.Bound is { } bound ? $", every loop bounded to {bound} iterations" : string.Empty;
        var verdict = !r.Complete
            ? El("p", new XAttribute("class", "verdict-lose"), "Partial result: the search stopped before it explored every state; what it shows is not a proof.")
            : r.AnomalyReachable
                ? El("p", new XAttribute("class", "verdict-lose"), $"Anomaly on Python {view.Python}{scope}: {r.Outcomes.Count(o => o.Anomaly)} reachable outcome(s) that no serial execution produces.")
                : El("p", new XAttribute("class", "verdict-safe"), $"No anomaly on Python {view.Python}{scope}: every one of the {r.TotalInterleavings.ToString("N0", CultureInfo.InvariantCulture)} interleavings ends in an outcome some serial execution produces (a proof over the explored space).");
        return ToHtml(
            verdict,
            El("p", new XAttribute("class", "facts"), string.Create(CultureInfo.InvariantCulture,
                $"{r.States:N0} states, {r.TotalInterleavings:N0} interleavings, {r.Outcomes.Count} outcomes; granularity {view.Granularity}. ")),
            El("p", new XAttribute("class", "facts"),
                El("span", new XAttribute("class", "legend-box serial-box")), " a serial run produces it   ",
                El("span", new XAttribute("class", "legend-box anomaly-box")), " anomaly: no serial run does"),
            El("div", new XAttribute("class", "figure"), OutcomeChart.Render(r.Outcomes, id)));
    }

    /// <summary>The swimlane of each outcome's witness (or only the first anomaly's when <paramref name="anomaliesOnly"/>).</summary>
    public static string Witnesses(ExploreView view, string id, bool anomaliesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        var blocks = new List<XElement>();
        for (var i = 0; i < view.Result.Outcomes.Count; i++)
        {
            var o = view.Result.Outcomes[i];
            if (o.Witness is null || (anomaliesOnly && !o.Anomaly))
            {
                continue;
            }

            blocks.Add(WitnessBlock(view, i, id));
        }

        return blocks.Count == 0 ? ToHtml(El("p", new XAttribute("class", "facts"), "No witness to show.")) : ToHtml([.. blocks]);
    }

    private static XElement WitnessBlock(ExploreView view, int index, string id)
    {
        var o = view.Result.Outcomes[index];
        var witness = o.Witness!;
        var steps = witness.Events.Select(e => e.Step).Distinct().Count();
        return El("div", new XAttribute("class", "witness"), new XAttribute("data-outcome", index + 1),
            El("h3", $"Witness for outcome {index + 1}: {o.Outcome.DescribeGlobalsShort()}"),
            El("p", new XAttribute("class", "facts"), string.Create(CultureInfo.InvariantCulture,
                $"{(witness.Preemptions == 1 ? "1 preemption" : $"{witness.Preemptions} preemptions")} (the fewest of any schedule reaching it), {steps} steps; replay it with racelab explore --replay and the schedule: {string.Join(' ', witness.Schedule)}")),
            WitnessSwimlane.Render(witness, $"{id}-{index + 1}"));
    }

    /// <summary>The witness of the anomaly reached with the fewest preemptions: the shortest way the program goes wrong.</summary>
    public static string FewestPreemptionWitness(ExploreView view, string id)
    {
        ArgumentNullException.ThrowIfNull(view);
        var outcomes = view.Result.Outcomes;
        var best = Enumerable.Range(0, outcomes.Count)
            .Where(i => outcomes[i].Anomaly && outcomes[i].Witness is not null)
            .OrderBy(i => outcomes[i].MinPreemptions ?? int.MaxValue)
            .FirstOrDefault(-1);
        return best < 0 ? ToHtml(El("p", new XAttribute("class", "facts"), "No anomaly to show.")) : ToHtml(WitnessBlock(view, best, id));
    }
}
