namespace RaceLab.Report.Tests.Support;

/// <summary>The machine's Chromium (installed by .ci/run from the package manager), found on PATH or named by RACELAB_CHROMIUM.</summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    /// <summary>In CI (CI set) a missing browser is a failure, not a skip.</summary>
    public static bool Required => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("RACELAB_CHROMIUM") is { Length: > 0 } named && File.Exists(named))
        {
            return named;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
