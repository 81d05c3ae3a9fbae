using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
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

    /// <param name="title">The page's title and heading.</param>
    /// <param name="subtitle">A line under the heading, or null.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <param name="data">The data behind the page, embedded as JSON.</param>
    /// <param name="dataType">How to write <paramref name="data"/>: generated code (PageJsonContext), so no reflection is needed.</param>
    public static string Render<T>(string title, string? subtitle, IEnumerable<PageSection> sections, T data, JsonTypeInfo<T> dataType)
    {
        ArgumentNullException.ThrowIfNull(sections);
        // The template's variables set one by one (Scriban would import an object's properties by reflection).
        var model = new ScriptObject
        {
            ["title"] = title,
            ["subtitle"] = subtitle,
            ["sections"] = Sections(sections),
            ["css"] = PageAssets.Css,
            ["script"] = PageAssets.Script,
            ["data"] = JsonSerializer.Serialize(data, dataType),
            ["tool_version"] = ToolVersion(),
        };

        // Scriban cuts any value longer than 1 MB by default; a long run's timeline is bigger than that.
        var context = new TemplateContext { LimitToString = 0 };
        context.PushGlobal(model);
        return Shell.Render(context);
    }

    private static ScriptArray Sections(IEnumerable<PageSection> sections)
    {
        var array = new ScriptArray();
        foreach (var section in sections)
        {
            array.Add(new ScriptObject { ["id"] = section.Id, ["heading"] = section.Heading, ["html"] = section.Html });
        }

        return array;
    }

    /// <summary>The version of the racelab tool (the CLI's assembly), also when a test host renders the page.</summary>
    /// <remarks>
    /// The entry assembly first: in the Native AOT build the loaded assemblies include satellite resource assemblies,
    /// whose names (culture "cs", ...) cannot be built in globalization-invariant mode.
    /// </remarks>
    private static string ToolVersion()
    {
        var tool = Assembly.GetEntryAssembly() is { } entry && entry.GetName().Name == "racelab" ? entry
            : AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "racelab") ?? typeof(HtmlPage).Assembly;
        return tool.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";
    }
}
