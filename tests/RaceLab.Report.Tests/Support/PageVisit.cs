using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace RaceLab.Report.Tests.Support;

/// <summary>A page opened in the browser: its console errors, its embedded data, how long it took to render, a screenshot.</summary>
internal sealed class PageVisit : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PageVisit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <summary>From navigation to the first frame painted after the load event.</summary>
    public TimeSpan RenderTime { get; private set; }

    public static async Task<PageVisit> OpenAsync(IBrowser browser, string path, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = 1250, Height = 1000 },
            // A page must need nothing from the network: every request but the file itself fails the test.
            Offline = true,
        });
        var page = await context.NewPageAsync();
        var visit = new PageVisit(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                visit.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => visit.Errors.Add(error);
        page.RequestFailed += (_, request) => visit.Errors.Add($"request failed: {request.Url}");
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(path).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        visit.RenderTime = watch.Elapsed;
        return visit;
    }

    public async Task<JsonElement> DataAsync()
    {
        var text = await Page.Locator("script#racelab-data").TextContentAsync();
        return JsonDocument.Parse(text!).RootElement.Clone();
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(PageMaker.Directory, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
