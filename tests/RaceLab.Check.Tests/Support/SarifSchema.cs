using System.Reflection;
using System.Text.Json.Nodes;
using Json.Schema;

namespace RaceLab.Check.Tests.Support;

/// <summary>
/// The SARIF 2.1.0 JSON schema embedded in this assembly. It is written for JSON Schema draft-04, which
/// JsonSchema.Net does not evaluate; every keyword it uses means the same in draft-07 except draft-04's top-level
/// "id" (only a name for the document, which JsonSchema.Net would register globally), so it is loaded as draft-07
/// without it.
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static EvaluationResults Evaluate(string sarif)
    {
        using var document = System.Text.Json.JsonDocument.Parse(sarif);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static JsonSchema Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("sarif-2.1.0.json")
            ?? throw new InvalidOperationException("the SARIF schema resource is missing");
        var node = JsonNode.Parse(stream)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString());
    }
}
