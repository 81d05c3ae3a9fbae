using System.Text.Json;
using RaceLab.Report.Tests.Support;

namespace RaceLab.Report.Tests.Browser;

public sealed class ExplorePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task ExploreHtml_On39_HasABarPerOutcomeAndARowPerWitnessStep()
    {
        var path = PageMaker.Make("explore-39.html", "--html", "explore", PageMaker.Program("counter_2x2.py"), "--python", "3.9");

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);

        Assert.Empty(visit.Errors);
        var exploration = (await visit.DataAsync()).GetProperty("exploration");
        var outcomes = exploration.GetProperty("outcomes").EnumerateArray().ToArray();
        Assert.Equal(3, outcomes.Length);
        Assert.Equal(outcomes.Length, await visit.Page.Locator("svg.outcome-chart rect.bar").CountAsync());
        Assert.Equal(outcomes.Count(o => o.GetProperty("anomaly").GetBoolean()), await visit.Page.Locator("svg.outcome-chart rect.bar.anomaly").CountAsync());

        var witnesses = outcomes.Where(o => o.GetProperty("witness").ValueKind != JsonValueKind.Null).ToArray();
        var tables = visit.Page.Locator("table.swimlane");
        Assert.Equal(witnesses.Length, await tables.CountAsync());
        for (var i = 0; i < witnesses.Length; i++)
        {
            var witness = witnesses[i].GetProperty("witness");
            Assert.Equal(witness.GetProperty("steps").GetInt32(), await tables.Nth(i).Locator("tbody tr.step").CountAsync());
            Assert.Equal(witness.GetProperty("schedule").GetArrayLength(), await tables.Nth(i).Locator("tbody tr.step").CountAsync());
        }

        await visit.ScreenshotAsync("explore-39.png");
    }

    [BrowserFact]
    public async Task ExploreHtml_ClickingAFold_ShowsItsPrivateSteps()
    {
        var path = PageMaker.Make("explore-fold.html", "--html", "explore", PageMaker.Program("counter_2x2.py"), "--python", "3.9");
        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);
        var toggle = visit.Page.Locator("tr.fold-toggle").First;
        var fold = await toggle.GetAttributeAsync("data-fold");
        var rows = visit.Page.Locator($"tr.step[data-fold='{fold}']");
        Assert.False(await rows.First.IsVisibleAsync());

        await toggle.ClickAsync();

        Assert.True(await rows.First.IsVisibleAsync());
        Assert.Empty(visit.Errors);
    }
}
