using RaceLab.Report.Pages;

namespace RaceLab.Report.Explore;

/// <summary>The page of <c>racelab explore --html</c>.</summary>
public static class ExplorePage
{
    public static string Html(ExploreView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var bound = view.Bound is { } b ? $" --bound {b}" : string.Empty;
        return HtmlPage.Render($"racelab explore {view.Program} --python {view.Python}{bound}",
            "Every interleaving the version's switch points allow: each reachable outcome, how many schedules reach it, and a schedule with the fewest preemptions for each.",
            [
                new PageSection("outcomes", "Outcomes", ExploreSections.Outcomes(view, "outcome-chart")),
                new PageSection("witnesses", "Witnesses", ExploreSections.Witnesses(view, "witness")),
            ],
            new ExplorePageData("explore", ExploreData.Of(view)), PageJsonContext.Default.ExplorePageData);
    }
}
