namespace RaceLab.Report.Pages;

/// <summary>The page template, style sheet and script, embedded in this assembly so a page needs nothing else.</summary>
internal static class PageAssets
{
    public static string Template { get; } = Read("page.sbn-html");

    public static string Css { get; } = Read("page.css");

    public static string Script { get; } = Read("page.js");

    private static string Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("RaceLab.Report.Assets." + name)
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
