using System.Text.Json;
using RaceLab.Check.Findings;

namespace RaceLab.Check.Reporting;

/// <summary>
/// <c>--format json</c>: <c>{"targets", "rules", "findings": [{"code", "path", "line", "column", "end_line",
/// "end_column", "message", "targets", "related", "suppressed"}], "errors", "summary"}</c>, suppressed findings
/// included and flagged.
/// </summary>
public static class JsonReport
{
    public static void Write(TextWriter output, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            WriteStrings(json, "targets", result.Targets.Select(t => t.Label));
            WriteStrings(json, "rules", result.Rules.Select(r => r.Code));
            json.WriteStartArray("findings");
            foreach (var finding in result.AllFindings)
            {
                WriteFinding(json, finding);
            }

            json.WriteEndArray();
            json.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                json.WriteStartObject();
                json.WriteString("path", error.Path);
                json.WriteNumber("line", error.Line);
                json.WriteNumber("column", error.Column);
                json.WriteString("message", error.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteSummary(json, result);
            json.WriteEndObject();
        });
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("code", finding.Rule.Code);
        json.WriteString("rule", finding.Rule.Name);
        json.WriteString("path", finding.Path);
        WriteLocation(json, finding.Location);
        json.WriteString("message", finding.Message);
        WriteStrings(json, "targets", finding.Targets.Select(t => t.Label));
        json.WriteStartArray("related");
        foreach (var related in finding.Related)
        {
            json.WriteStartObject();
            WriteLocation(json, related.Location);
            json.WriteString("label", related.Label);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("suppressed", finding.Suppressed);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, CheckResult result)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", result.Files.Count);
        json.WriteNumber("lines", result.LineCount);
        json.WriteNumber("findings", result.Reported.Count());
        json.WriteNumber("suppressed", result.SuppressedCount);
        json.WriteNumber("errors", result.Errors.Count());
        json.WriteStartObject("by_rule");
        foreach (var (code, count) in result.CountsByRule())
        {
            json.WriteNumber(code, count);
        }

        json.WriteEndObject();
        json.WriteStartObject("by_target");
        foreach (var (target, count) in result.CountsByTarget())
        {
            json.WriteNumber(target.Label, count);
        }

        json.WriteEndObject();
        json.WriteString("text", Summary.Line(result));
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
        json.WriteNumber("end_line", location.EndLine);
        json.WriteNumber("end_column", location.EndColumn);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
