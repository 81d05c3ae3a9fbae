namespace RaceLab.Report.Tests.Support;

/// <summary>A test that needs a real browser: skipped with the reason when Chromium is missing, unless in CI, where it must run.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null && !Chromium.Required)
        {
            Skip = "needs Chromium (apt-get install chromium, or set RACELAB_CHROMIUM); not found on PATH, and CI is not set";
        }
    }
}
