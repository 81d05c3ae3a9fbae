using RaceLab.Report.Pages;
using RaceLab.Report.Timelines;

namespace RaceLab.Report.Sim;

/// <summary>The page of <c>racelab sim --html</c>, and the picture of <c>--svg</c>.</summary>
public static class SimPage
{
    public static string Html(string program, IReadOnlyList<SimRunView> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var blocks = runs.Select((run, i) => SimSections.RunBlock(run, $"run-{i + 1}"));
        var section = new PageSection("timelines", "GIL timelines", string.Concat(blocks));
        return HtmlPage.Render($"racelab sim {program}", "Each simulated run on RaceLab's model of CPython's interpreter and GIL: who held the GIL when, why it changed hands, and where updates were lost.",
            [section], new SimPageData("sim", program, runs.Select(SimTimelineData.Of)), PageJsonContext.Default.SimPageData);
    }

    /// <summary>Every run's timeline stacked in one SVG document, with its style inside so it stands alone.</summary>
    public static string Svg(IReadOnlyList<SimRunView> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return TimelineDocument.Stack(runs.Where(r => r.Result.Timeline is not null)
            .Select((run, i) => (run.Label, TimelineSvg.Render(run.Result.Timeline!, $"run-{i + 1}", $"GIL timeline of {run.Label}"))).ToArray(), PageAssets.Css);
    }
}
