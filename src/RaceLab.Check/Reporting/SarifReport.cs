using System.Text.Json;
using RaceLab.Check.Findings;
using RaceLab.Check.Rules;

namespace RaceLab.Check.Reporting;

/// <summary>
/// <c>--format sarif</c>: a SARIF 2.1.0 log for code-scanning dashboards. One run; the driver lists the selected
/// rules with their help; each finding is a result with its region and the write as a related location;
/// suppressed findings carry an in-source suppression; files that could not be analysed are tool execution
/// notifications. Columns count UTF-16 code units from 1, as the finding's columns do.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter output, CheckResult result, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(result);
        var ruleIndex = result.Rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i);
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, result.Rules, toolVersion);
            WriteInvocation(json, result);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var finding in result.AllFindings)
            {
                WriteResult(json, finding, ruleIndex);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<CheckRule> rules, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "racelab");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", rule.Name);
            WriteText(json, "shortDescription", rule.Summary);
            WriteText(json, "fullDescription", rule.Help);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Help);
            json.WriteString("markdown", $"**{rule.Code} {rule.Name}**: {rule.Summary}.\n\n{rule.Help}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", "warning");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, CheckResult result)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !result.Errors.Any());
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var error in result.Errors)
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteText(json, "message", error.Message);
            json.WriteStartArray("locations");
            WriteLocation(json, error.Path, SourceLocation.At(error.Line, error.Column), id: null, label: null);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Code);
        if (ruleIndex.TryGetValue(finding.Rule.Code, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", "warning");
        WriteText(json, "message", $"{finding.Message} [{string.Join(", ", finding.Targets.Select(t => t.Label))}]");
        json.WriteStartArray("locations");
        WriteLocation(json, finding.Path, finding.Location, id: null, label: null);
        json.WriteEndArray();
        json.WriteStartArray("relatedLocations");
        for (var i = 0; i < finding.Related.Count; i++)
        {
            WriteLocation(json, finding.Path, finding.Related[i].Location, id: i + 1, finding.Related[i].Label);
        }

        json.WriteEndArray();
        if (finding.Suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            json.WriteString("justification", "# racelab: ignore comment");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        json.WriteStartArray("targets");
        foreach (var target in finding.Targets)
        {
            json.WriteStringValue(target.Label);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, SourceLocation location, int? id, string? label)
    {
        json.WriteStartObject();
        if (id is { } number)
        {
            json.WriteNumber("id", number);
        }

        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(path));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        if (location.EndLine >= location.Line)
        {
            json.WriteNumber("endLine", location.EndLine);
            json.WriteNumber("endColumn", Math.Max(location.EndColumn, location.EndLine == location.Line ? location.Column : 1));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        if (label is not null)
        {
            WriteText(json, "message", label);
        }

        json.WriteEndObject();
    }

    // A relative reference with each segment escaped, so spaces and '#' survive as URI text.
    private static string Uri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));

    private static void WriteText(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
