using Microsoft.Playwright;

namespace RaceLab.Report.Tests.Support;

/// <summary>One headless Chromium for a test class, started through Playwright from the machine's executable.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (Chromium.Executable is null)
        {
            // Skipped tests never ask; in CI the test itself fails with the reason.
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public IBrowser Require() => Browser ?? throw new InvalidOperationException(
        "CI is set but no Chromium was found: .ci/run installs it with apt-get (or set RACELAB_CHROMIUM)");
}
