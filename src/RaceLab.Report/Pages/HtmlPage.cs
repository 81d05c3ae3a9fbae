using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Scriban;
using Scriban.Runtime;

namespace RaceLab.Report.Pages;

/// <summary>
/// Renders a self-contained page: sections, inline CSS and script, and the data as JSON. The shell is a
/// Scriban template (escaping in the template, logic in C#); sections come pre-built from XML trees.
/// </summary>
public static class HtmlPage
{
    private static readonly Template Shell = Template.Parse(PageAssets.Template);

    /// <summary>snake_case, enums as names; the default encoder escapes &lt;, &gt; and &amp;, so the JSON can sit inside a script element.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Render(string title, string? subtitle, IEnumerable<PageSection> sections, object data)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var model = new ScriptObject();
        model.Import(new
        {
            Title = title,
            Subtitle = subtitle,
            Sections = sections.ToArray(),
            Css = PageAssets.Css,
            Script = PageAssets.Script,
            Data = JsonSerializer.Serialize(data, Json),
            ToolVersion = ToolVersion(),
        });

        // Scriban cuts any value longer than 1 MB by default; a long run's timeline is bigger than that.
        var context = new TemplateContext { LimitToString = 0 };
        context.PushGlobal(model);
        return Shell.Render(context);
    }

    /// <summary>The version of the racelab tool (the CLI's assembly), also when a test host renders the page.</summary>
    private static string ToolVersion()
    {
        var tool = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "racelab") ?? typeof(HtmlPage).Assembly;
        return tool.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
    }
}
