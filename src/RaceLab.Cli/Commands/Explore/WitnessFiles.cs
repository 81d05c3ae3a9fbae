using System.Globalization;
using System.Text;
using RaceLab.Explorer.Sampling;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>Writes each sampled witness as a file that <c>--replay</c> reads (THREAD:INSTRUCTIONS segments).</summary>
internal static class WitnessFiles
{
    private const int SegmentsPerLine = 12;

    /// <summary>The file written for each outcome (by its place in the result), or none.</summary>
    public static IReadOnlyDictionary<SampledOutcome, string> Write(ExploreSettings settings, SampleSettings sample, SamplingResult result)
    {
        var files = new Dictionary<SampledOutcome, string>();
        for (var i = 0; i < result.Outcomes.Count; i++)
        {
            var outcome = result.Outcomes[i];
            if (outcome.Witness is not { } witness)
            {
                continue;
            }

            Directory.CreateDirectory(sample.WitnessDir.FullName);
            var name = $"{Path.GetFileNameWithoutExtension(settings.Program.Name)}-{settings.PythonLabel}-{sample.StrategyLabel}-seed{sample.Seed}-outcome{i + 1}.schedule";
            var path = Path.Combine(sample.WitnessDir.FullName, name);
            File.WriteAllText(path, Text(settings, sample, outcome, witness, path));
            files[outcome] = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        }

        return files;
    }

    private static string Text(ExploreSettings settings, SampleSettings sample, SampledOutcome outcome, SampledWitness witness, string path)
    {
        var text = new StringBuilder();
        var bound = settings.Bound is { } k ? $" --bound {k}" : string.Empty;
        text.Append(CultureInfo.InvariantCulture, $"# racelab explore {settings.Program} --python {settings.PythonLabel} --granularity {settings.GranularityLabel}{bound}");
        text.Append(CultureInfo.InvariantCulture, $" --strategy {sample.StrategyLabel} --seed {sample.Seed}: schedule {outcome.FirstSchedule}, shrunk from {witness.PreemptionsBeforeShrinking} to {witness.Witness.Preemptions} preemption(s)\n");
        text.Append(CultureInfo.InvariantCulture, $"# outcome: {outcome.Outcome.Signature.Replace('\n', ' ')}\n");
        text.Append("# Each THREAD:INSTRUCTIONS runs that thread (0 is the main thread, then in creation order) for that many\n");
        text.Append("# instructions, then on to its next switch point. Replay it with the options above and --replay:\n");
        text.Append(CultureInfo.InvariantCulture, $"#   racelab explore {settings.Program} --python {settings.PythonLabel} --granularity {settings.GranularityLabel}{bound} --replay {path}\n");
        var segments = witness.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{segments[i].Thread}:{segments[i].Instructions}");
            text.Append((i + 1) % SegmentsPerLine == 0 || i == segments.Count - 1 ? '\n' : ' ');
        }

        return text.ToString();
    }
}
