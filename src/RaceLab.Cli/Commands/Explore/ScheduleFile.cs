using System.Globalization;
using System.Text.Json;
using RaceLab.Explorer.Sampling;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// Reads a schedule to replay: thread numbers separated by spaces, commas or lines (# starts a comment),
/// a JSON array of them, or a witness from <c>--json</c> (an array of steps, or an object with "witness");
/// or a sampled schedule: <c>THREAD:INSTRUCTIONS</c> segments the same way (as sampling writes them), or
/// a sampled outcome from <c>--json</c> (an object with "schedule").
/// </summary>
internal static class ScheduleFile
{
    public static ReplaySchedule Read(FileInfo file)
    {
        var text = File.ReadAllText(file.FullName).Trim();
        return text.StartsWith('[') || text.StartsWith('{') ? FromJson(file, text) : FromText(file, text);
    }

    private static ReplaySchedule FromText(FileInfo file, string text)
    {
        var schedule = new List<int>();
        var segments = new List<Segment>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Split('#')[0];
            foreach (var token in line.Split([' ', ',', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.Split(':') is [var threadText, var countText])
                {
                    segments.Add(ParseSegment(file, i + 1, token, threadText, countText));
                }
                else if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var thread))
                {
                    schedule.Add(thread);
                }
                else
                {
                    throw new ExploreUsageException($"{file}:{i + 1}: '{token}' is not a thread number (or THREAD:INSTRUCTIONS segment)");
                }

                if (schedule.Count > 0 && segments.Count > 0)
                {
                    throw new ExploreUsageException($"{file}:{i + 1}: thread numbers and THREAD:INSTRUCTIONS segments cannot be mixed");
                }
            }
        }

        return segments.Count > 0 ? new ReplaySchedule(null, segments) : new ReplaySchedule(schedule, null);
    }

    private static Segment ParseSegment(FileInfo file, int line, string token, string thread, string count) =>
        int.TryParse(thread, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
        && long.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new Segment(t, n)
            : throw new ExploreUsageException($"{file}:{line}: '{token}' is not a THREAD:INSTRUCTIONS segment");

    private static ReplaySchedule FromJson(FileInfo file, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schedule", out var sampled) && sampled.ValueKind == JsonValueKind.String)
            {
                return FromText(file, sampled.GetString()!);
            }

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

            return new ReplaySchedule(schedule, null);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ExploreUsageException($"{file}: not a schedule ({e.Message})");
        }
    }
}
