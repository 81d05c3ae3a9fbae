using Microsoft.Playwright;
using RaceLab.Report.Tests.Support;
using Xunit.Abstractions;

namespace RaceLab.Report.Tests.Browser;

public sealed class TimelinePageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    [BrowserFact]
    public async Task SimHtml_On39_DrawsALanePerThreadAndALinkPerLostUpdate()
    {
        var path = PageMaker.Make("sim-39.html", "--html", "sim", PageMaker.Program("counter_4x500k.py"), "--python", "3.9,3.11");

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);

        Assert.Empty(visit.Errors);
        var runs = (await visit.DataAsync()).GetProperty("runs").EnumerateArray().ToArray();
        Assert.Equal(2, runs.Length);
        var timelines = visit.Page.Locator("svg.timeline");
        Assert.Equal(2, await timelines.CountAsync());
        for (var i = 0; i < runs.Length; i++)
        {
            var timeline = runs[i].GetProperty("timeline");
            var svg = timelines.Nth(i);
            Assert.Equal(timeline.GetProperty("threads").GetArrayLength(), await svg.Locator("g.lane").CountAsync());
            Assert.Equal(timeline.GetProperty("lost_updates").GetArrayLength(), await svg.Locator("path.lost-link").CountAsync());
            Assert.Equal(runs[i].GetProperty("lost_update_events").GetInt64(), timeline.GetProperty("lost_updates").GetArrayLength());
        }

        // 3.9 loses updates, 3.11 does not: the pictures say the same as the numbers.
        Assert.True(await timelines.Nth(0).Locator("path.lost-link").CountAsync() > 0);
        Assert.Equal(0, await timelines.Nth(1).Locator("path.lost-link").CountAsync());
        Assert.True(new FileInfo(await visit.ScreenshotAsync("sim-39.png")).Length > 10_000);
    }

    [BrowserFact]
    public async Task SimHtml_ClickingALostUpdate_TellsItsStory()
    {
        var path = PageMaker.Make("sim-story.html", "--html", "sim", PageMaker.Program("counter_4x500k.py"), "--python", "3.9");

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path, ColorScheme.Dark);
        await visit.Page.Locator("path.lost-link").First.DispatchEventAsync("click");

        var story = await visit.Page.Locator(".timeline-block .story").First.TextContentAsync();
        Assert.Matches(@"Thread-\d loaded count = \d+ .* erasing -?[\d,]+ updates\.", story);
        Assert.Empty(visit.Errors);
        await visit.ScreenshotAsync("sim-story-dark.png");
    }

    [BrowserFact]
    public async Task SimHtml_WheelZoom_NarrowsTheAxis()
    {
        var path = PageMaker.Make("sim-zoom.html", "--html", "sim", PageMaker.Program("counter_4x500k.py"), "--python", "3.9");
        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);
        var ticks = visit.Page.Locator("svg.timeline .axis .tick");
        var before = await ticks.AllTextContentsAsync();

        var box = (await visit.Page.Locator("svg.timeline").BoundingBoxAsync())!;
        await visit.Page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        for (var i = 0; i < 6; i++)
        {
            await visit.Page.Mouse.WheelAsync(0, -100);
        }

        var after = await ticks.AllTextContentsAsync();
        Assert.NotEqual(before, after);
        Assert.Contains("scale(", await visit.Page.Locator("svg.timeline .zoom-content").GetAttributeAsync("transform"), StringComparison.Ordinal);
        Assert.Empty(visit.Errors);
    }

    /// <summary>The note's size: a measurement, logged (and kept under 2 MB), not a timing assertion.</summary>
    [BrowserFact]
    public async Task SimHtml_TenThreadsTimesAMillion_StaysSmallAndIsMeasured()
    {
        var path = PageMaker.Make("sim-10x1m.html", "--html", "sim", PageMaker.Program("counter_10x1m.py"), "--python", "3.9");
        var size = new FileInfo(path).Length;

        await using var visit = await PageVisit.OpenAsync(browser.Require(), path);

        output.WriteLine($"10 threads x 1,000,000 increments, 3.9: page {size / 1024.0:N0} KB, rendered in {visit.RenderTime.TotalMilliseconds:N0} ms (navigation to first frame after load)");
        Assert.Empty(visit.Errors);
        Assert.InRange(size, 10_000, 2 * 1024 * 1024);
        Assert.Equal(11, await visit.Page.Locator("svg.timeline g.lane").CountAsync());
        await visit.ScreenshotAsync("sim-10x1m.png");
    }
}
