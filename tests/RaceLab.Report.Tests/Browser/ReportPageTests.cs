using System.Text.Json;
using Microsoft.Playwright;
using RaceLab.Report.Tests.Support;

namespace RaceLab.Report.Tests.Browser;

public sealed class ReportPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Losing = ["3.9", "3.13t"];

    [BrowserFact]
    public async Task Report_EveryVersion_AnswersOnTheFirstScreenWithATimelineEachAndThe39Witness()
    {
        var path = PageMaker.Make("report.html", "-o", "report", PageMaker.Program("counter_4x500k.py"), "--cores", "2");

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);

        Assert.Empty(visit.Errors);
        var answers = visit.Page.Locator("ul.answers li");
        Assert.Equal(6, await answers.CountAsync());
        for (var i = 0; i < 6; i++)
        {
            var python = await answers.Nth(i).GetAttributeAsync("data-python");
            Assert.Equal(Losing.Contains(python) ? "loses" : "safe", await answers.Nth(i).GetAttributeAsync("data-verdict"));
        }

        // The first screen (1250 × 1000) holds the whole answer.
        var box = await visit.Page.Locator("ul.answers").BoundingBoxAsync();
        Assert.True(box!.Y + box.Height <= 1000, $"the answer ends at {box.Y + box.Height} px, below the first screen");

        var versions = (await visit.DataAsync()).GetProperty("versions").EnumerateArray().ToArray();
        var timelines = visit.Page.Locator("#timelines svg.timeline");
        Assert.Equal(versions.Length, await timelines.CountAsync());
        for (var i = 0; i < versions.Length; i++)
        {
            var timeline = versions[i].GetProperty("sims")[0].GetProperty("timeline");
            Assert.Equal(timeline.GetProperty("threads").GetArrayLength(), await timelines.Nth(i).Locator("g.lane").CountAsync());
            Assert.Equal(timeline.GetProperty("lost_updates").GetArrayLength(), await timelines.Nth(i).Locator("path.lost-link").CountAsync());
        }

        // The fewest-preemption witness is 3.9's: one row per step of the witness in the page's data.
        Assert.Contains("Python 3.9", await visit.Page.Locator("#interleavings h3:has-text('shortest way')").TextContentAsync(), StringComparison.Ordinal);
        var witness = versions[0].GetProperty("exploration").GetProperty("outcomes").EnumerateArray()
            .Where(o => o.GetProperty("anomaly").GetBoolean()).OrderBy(o => o.GetProperty("min_preemptions").GetInt32()).First().GetProperty("witness");
        Assert.Equal(witness.GetProperty("steps").GetInt32(), await visit.Page.Locator("#interleavings table.swimlane tbody tr.step").CountAsync());

        await visit.ScreenshotAsync("report.png");
        foreach (var section in new[] { "answer", "timelines", "interleavings", "bytecode" })
        {
            await visit.Page.Locator($"#{section}").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(PageMaker.Directory, $"report-{section}.png") });
        }
    }

    [BrowserFact]
    public async Task Report_DarkAndPrint_LoadWithoutErrors()
    {
        var path = PageMaker.Make("report-dark.html", "-o", "report", PageMaker.Program("counter_4x500k.py"), "--python", "3.9,3.11");

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path, ColorScheme.Dark);
        var background = await visit.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await visit.ScreenshotAsync("report-dark.png");
        await visit.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await visit.ScreenshotAsync("report-print.png");

        Assert.Equal("rgb(21, 24, 28)", background);
        Assert.Empty(visit.Errors);
        Assert.Equal(JsonValueKind.Array, (await visit.DataAsync()).GetProperty("versions").ValueKind);
    }
}
