using System.Globalization;
using System.Text.Json;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// Reads a schedule to replay: thread numbers separated by spaces, commas or lines (# starts a comment),
/// a JSON array of them, or a witness from <c>--json</c> (an array of steps, or an object with "witness").
/// </summary>
internal static class ScheduleFile
{
    public static IReadOnlyList<int> Read(FileInfo file)
    {
        var text = File.ReadAllText(file.FullName).Trim();
        return text.StartsWith('[') || text.StartsWith('{') ? FromJson(file, text) : FromText(file, text);
    }

    private static List<int> FromText(FileInfo file, string text)
    {
        var schedule = new List<int>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Split('#')[0];
            foreach (var token in line.Split([' ', ',', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var thread))
                {
                    throw new ExploreUsageException($"{file}:{i + 1}: '{token}' is not a thread number");
                }

                schedule.Add(thread);
            }
        }

        return schedule;
    }

    private static List<int> FromJson(FileInfo file, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                root = root.TryGetProperty("witness", out var witness)
                    ? witness
                    : throw new ExploreUsageException($"{file}: a JSON schedule object needs a \"witness\" array");
            }

            var schedule = new List<int>();
            var lastStep = -1;
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Number)
                {
                    schedule.Add(item.GetInt32());
                    continue;
                }

                // Witness entries list every instruction; each new step number is one scheduling decision.
                var step = item.GetProperty("step").GetInt32();
                if (step != lastStep)
                {
                    schedule.Add(item.GetProperty("thread").GetInt32());
                    lastStep = step;
                }
            }

            return schedule;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ExploreUsageException($"{file}: not a schedule ({e.Message})");
        }
    }
}
