using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using RaceLab.Experiment.Results;
using RaceLab.Report.Pages;
using static RaceLab.Report.Svg.HtmlFragment;

namespace RaceLab.Report.Run;

/// <summary>The page of <c>racelab run --html</c>: lost updates per strategy over the trials, what each costs, and where it ran.</summary>
public static class RunPage
{
    /// <param name="result">The experiment.</param>
    /// <param name="json">The same result as <c>racelab run --json</c> writes it: embedded as the page's data, its environment shown.</param>
    public static string Html(ExperimentResult result, string json)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var document = JsonDocument.Parse(json);
        var o = result.Options;
        return HtmlPage.Render(
            $"racelab run: {o.Threads} threads × {o.Iterations:N0} increments",
            $"The lost-update experiment on real .NET threads, {o.Trials} trial(s) per strategy; the note's program expects {result.Expected:N0}.",
            [
                new PageSection("lost", "Updates lost per trial", ToHtml(El("div", new XAttribute("class", "figure"), LostUpdatesChart.Render(result)))),
                new PageSection("costs", "Final values and costs", ToHtml(Costs(result))),
                new PageSection("environment", "Where it ran", ToHtml(Environment(document.RootElement.GetProperty("environment")))),
            ],
            document.RootElement.Clone(),
            PageJsonContext.Default.JsonElement);
    }

    private static XElement Costs(ExperimentResult result)
    {
        var headers = new[] { "strategy", "min", "median", "max", "median lost", "exact trials", "ns / increment", "overlap" };
        var table = El("table", new XAttribute("class", "costs"), El("tr", headers.Select((h, i) => El("th", i == 0 ? null : new XAttribute("class", "num"), h))));
        foreach (var s in result.Strategies)
        {
            string[] cells =
            [
                s.Min.ToString("N0", CultureInfo.InvariantCulture), s.Median.ToString("N0", CultureInfo.InvariantCulture), s.Max.ToString("N0", CultureInfo.InvariantCulture),
                s.MedianLost.ToString("N0", CultureInfo.InvariantCulture), $"{s.ExactTrials}/{s.Trials.Count}",
                s.MedianNsPerIncrement.ToString("F2", CultureInfo.InvariantCulture), s.MedianOverlap.ToString("P0", CultureInfo.InvariantCulture),
            ];
            table.Add(El("tr", new XAttribute("data-strategy", s.Name),
                El("td", new XAttribute("class", s.LostUpdates ? "verdict-lose" : "verdict-safe"), s.Name),
                cells.Select(c => El("td", new XAttribute("class", "num"), c))));
        }

        return table;
    }

    private static XElement Environment(JsonElement environment) =>
        El("table", new XAttribute("class", "environment"), environment.EnumerateObject().Select(p => El("tr", El("th", p.Name.Replace('_', ' ')), El("td", Describe(p.Value)))));

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Select(p => $"{p.Name.Replace('_', ' ')}: {Describe(p.Value)}")),
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
