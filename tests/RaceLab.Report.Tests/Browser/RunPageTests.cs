using RaceLab.Report.Tests.Support;

namespace RaceLab.Report.Tests.Browser;

public sealed class RunPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task RunHtml_EveryStrategy_HasARowWithADotPerTrialAndTheEnvironment()
    {
        var path = PageMaker.Make("run.html", "--html", "run", "--threads", "2", "--iterations", "20000", "--trials", "3");

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);

        Assert.Empty(visit.Errors);
        var strategies = (await visit.DataAsync()).GetProperty("strategies").EnumerateArray().ToArray();
        Assert.Equal(8, strategies.Length);
        Assert.Equal(strategies.Length, await visit.Page.Locator("svg.run-chart g.strategy").CountAsync());
        Assert.Equal(strategies.Sum(s => s.GetProperty("trials").GetArrayLength()), await visit.Page.Locator("svg.run-chart circle.trial-dot").CountAsync());
        Assert.Equal(strategies.Length, await visit.Page.Locator("table.costs tr[data-strategy]").CountAsync());
        Assert.Contains("logical cores", await visit.Page.Locator("table.environment").TextContentAsync(), StringComparison.Ordinal);
        await visit.ScreenshotAsync("run.png");
    }
}
