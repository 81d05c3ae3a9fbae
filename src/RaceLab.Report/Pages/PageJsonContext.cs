using System.Text.Json;
using System.Text.Json.Serialization;
using RaceLab.Report.Explore;
using RaceLab.Report.Sim;
using RaceLab.Report.Story;

namespace RaceLab.Report.Pages;

/// <summary>
/// The pages' data, serialized by generated code (no reflection, so the Native AOT build writes the same JSON):
/// snake_case names; the default encoder escapes &lt;, &gt; and &amp;, so the JSON can sit inside a script element.
/// The scalar types are the cells of the compact rows (<c>object[]</c>), whose values are serialized by their own type.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SimPageData))]
[JsonSerializable(typeof(ExplorePageData))]
[JsonSerializable(typeof(ReportPageData))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
internal sealed partial class PageJsonContext : JsonSerializerContext;
