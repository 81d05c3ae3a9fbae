using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RaceLab.Check.Reporting;

/// <summary>Writes one indented JSON document to a text writer, as every racelab --json output does.</summary>
internal static class JsonOutput
{
    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            body(json);
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
        output.Flush();
    }
}
