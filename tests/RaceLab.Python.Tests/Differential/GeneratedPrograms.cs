using System.IO.Compression;
using System.Text.Json;

namespace RaceLab.Python.Tests.Differential;

/// <summary>
/// The generated programs of tools/gen-differential.py and real CPython's code object for each, per version,
/// read from Differential/Data (gzipped JSON lines, one set per PREFIX, copied to the test output).
/// </summary>
internal static class GeneratedPrograms
{
    private static string DataDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Differential", "Data");

    public static IReadOnlyList<(string Name, string Source)> Sources() =>
        [.. Sets().SelectMany(prefix => Lines(prefix + ".programs.jsonl.gz")).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (json.RootElement.GetProperty("name").GetString()!, json.RootElement.GetProperty("source").GetString()!);
        })];

    /// <summary>Program name → the code.json text golden.py recorded from real CPython <paramref name="version"/>.</summary>
    public static Dictionary<string, string> CodeJson(string version) =>
        Sets().SelectMany(prefix => Lines(prefix + "." + version + ".jsonl.gz")).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (Name: json.RootElement.GetProperty("name").GetString()!, Code: json.RootElement.GetProperty("code").GetRawText());
        }).ToDictionary(p => p.Name, p => p.Code, StringComparer.Ordinal);

    /// <summary>The PREFIX of each generated set (PREFIX.programs.jsonl.gz), in order.</summary>
    private static IEnumerable<string> Sets() =>
        Directory.GetFiles(DataDirectory, "*.programs.jsonl.gz").Select(p => Path.GetFileName(p)[..^".programs.jsonl.gz".Length])
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = new GZipStream(File.OpenRead(Path.Combine(DataDirectory, file)), CompressionMode.Decompress);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
