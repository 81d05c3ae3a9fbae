using System.Globalization;
using System.Text;
using System.Text.Json;
using RaceLab.Explorer.Sampling;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// The sampled <c>--json</c> document: <c>{"program", "python", "bound", "granularity", "strategy", "seed",
/// "depth", "schedules_requested", "schedules", "stopped", "seconds", "sampling_seconds", "threads", "estimated_length",
/// "pct_steps", "pct_step", "pct_guarantee", "outcomes": [{"globals", "output", "assertion_failed", "error", "schedules", "share",
/// "ci_low", "ci_high", "first_schedule", "first_seed", "fewest_preemptions_sampled", "serial", "fails",
/// "anomaly", "preemptions_before_shrinking", "preemptions", "replay_file", "schedule", "witness"}]}</c>.
/// </summary>
internal static class SamplingJsonWriter
{
    public static void Write(IAnsiConsole console, ExploreSettings settings, SampleSettings sample, SamplingResult result, SamplingTiming timing, IReadOnlyDictionary<SampledOutcome, string> files)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("program", settings.Program.ToString());
            json.WriteString("python", settings.PythonLabel);
            if (settings.Bound is { } bound)
            {
                json.WriteNumber("bound", bound);
            }
            else
            {
                json.WriteNull("bound");
            }

            json.WriteString("granularity", settings.GranularityLabel);
            json.WriteString("strategy", sample.StrategyLabel);
            json.WriteNumber("seed", sample.Seed);
            if (sample.Strategy == SamplingStrategy.Pct)
            {
                json.WriteNumber("depth", sample.Depth);
            }
            else
            {
                json.WriteNull("depth");
            }

            json.WriteNumber("schedules_requested", sample.Schedules);
            json.WriteNumber("schedules", result.SchedulesRun);
            json.WriteString("stopped", result.StoppedAtFirstBug ? "first" : result.Cancelled ? "time-limit" : null);
            json.WriteNumber("seconds", Math.Round(timing.Total, 3));
            json.WriteNumber("sampling_seconds", Math.Round(timing.Sampling, 3));
            json.WriteNumber("threads", result.Threads);
            json.WriteNumber("estimated_length", result.EstimatedLength);
            json.WriteNumber("pct_steps", result.PctSteps);
            json.WriteString("pct_step", result.PctStepsVisible ? "shared access" : "instruction");
            json.WriteNumber("pct_guarantee", result.PctGuarantee);
            json.WriteStartArray("outcomes");
            foreach (var o in result.Outcomes)
            {
                WriteOutcome(json, o, result.SchedulesRun, files.GetValueOrDefault(o));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        console.Profile.Out.Writer.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void WriteOutcome(Utf8JsonWriter json, SampledOutcome o, int schedules, string? file)
    {
        json.WriteStartObject();
        ExploreJsonWriter.WriteOutcome(json, o.Outcome);
        json.WriteNumber("schedules", o.Count);
        json.WriteNumber("share", Math.Round((double)o.Count / Math.Max(1, schedules), 6));
        json.WriteNumber("ci_low", Math.Round(o.Probability.Low, 6));
        json.WriteNumber("ci_high", Math.Round(o.Probability.High, 6));
        json.WriteNumber("first_schedule", o.FirstSchedule);
        json.WriteNumber("first_seed", o.FirstSeed);
        json.WriteNumber("fewest_preemptions_sampled", o.FewestPreemptionsSampled);
        json.WriteBoolean("serial", o.Serial);
        json.WriteBoolean("fails", o.Fails);
        json.WriteBoolean("anomaly", o.Anomaly);
        if (o.Witness is { } witness)
        {
            json.WriteNumber("preemptions_before_shrinking", witness.PreemptionsBeforeShrinking);
            json.WriteNumber("preemptions", witness.Witness.Preemptions);
            json.WriteString("replay_file", file);
            json.WriteString("schedule", string.Join(' ', witness.Segments.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Thread}:{s.Instructions}"))));
        }

        ExploreJsonWriter.WriteWitness(json, o.Witness?.Witness);
        json.WriteEndObject();
    }
}
