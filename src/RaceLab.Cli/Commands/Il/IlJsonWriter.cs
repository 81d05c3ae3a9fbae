using System.Text.Json;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Analysis;
using RaceLab.IlView.Native;

namespace RaceLab.Cli.Commands.Il;

/// <summary>
/// <c>{"strategies": [{"name", "method", "verdict", "window_size", "il": [line], "explanation", "native": {"method",
/// "tier", "architecture", "increment", "lines": [line], "explanation"}}]}</c>; a line is
/// <c>{"text", "access", "note", "in_window", "in_loop"}</c>.
/// </summary>
internal static class IlJsonWriter
{
    public static void Write(IReadOnlyList<StrategyKind> kinds, IReadOnlyList<IlListing> il, IReadOnlyList<NativeListing>? native, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("strategies");
            for (var i = 0; i < kinds.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", StrategyCatalog.NameOf(kinds[i]));
                json.WriteString("method", il[i].Method);
                json.WriteString("verdict", il[i].Verdict.ToString());
                json.WriteNumber("window_size", il[i].WindowSize);
                WriteLines(json, "il", il[i].Lines);
                json.WriteString("explanation", il[i].Explanation);
                if (native is not null)
                {
                    var listing = native[i];
                    json.WriteStartObject("native");
                    json.WriteString("method", listing.Method);
                    json.WriteString("tier", listing.Tier);
                    json.WriteString("architecture", listing.Architecture);
                    json.WriteString("increment", listing.Increment);
                    WriteLines(json, "lines", listing.Lines);
                    json.WriteString("explanation", listing.Explanation);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
    }

    private static void WriteLines(Utf8JsonWriter json, string name, IReadOnlyList<ListingLine> lines)
    {
        json.WriteStartArray(name);
        foreach (var line in lines)
        {
            json.WriteStartObject();
            json.WriteString("text", line.Text);
            json.WriteString("access", line.Access.ToString());
            json.WriteString("note", line.Note);
            json.WriteBoolean("in_window", line.InWindow);
            json.WriteBoolean("in_loop", line.InLoop);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
