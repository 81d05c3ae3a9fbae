using System.Text.Json;
using RaceLab.Experiment.Environment;
using RaceLab.Experiment.Results;

namespace RaceLab.Cli.Commands.Run;

/// <summary>
/// The <c>--json</c> document: <c>{"threads", "iterations", "expected", "environment": {...}, "strategies":
/// [{"name", "trials": [{"final", "lost", "seconds", "ns_per_increment", "overlap"}], "min", "median", "max",
/// "median_lost"}]}</c>.
/// </summary>
internal static class RunJsonWriter
{
    public static void Write(ExperimentResult result, TextWriter output)
    {
        output.Write(ToJson(result));
        output.Write('\n');
    }

    public static string ToJson(ExperimentResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("threads", result.Options.Threads);
            json.WriteNumber("iterations", result.Options.Iterations);
            json.WriteNumber("expected", result.Expected);
            WriteEnvironment(json, result);
            json.WriteStartArray("strategies");
            foreach (var strategy in result.Strategies)
            {
                WriteStrategy(json, strategy);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEnvironment(Utf8JsonWriter json, ExperimentResult result)
    {
        var environment = result.Environment;
        json.WriteStartObject("environment");
        json.WriteNumber("logical_cores", environment.LogicalCores);
        json.WriteString("runtime", environment.Runtime);
        json.WriteString("os", environment.OperatingSystem);
        json.WriteString("architecture", environment.Architecture);
        WriteSetting(json, "tiered_compilation", environment.TieredCompilation);
        WriteSetting(json, "quick_jit_for_loops", environment.QuickJitForLoops);
        WriteSetting(json, "tiered_pgo", environment.TieredPgo);
        WriteSetting(json, "ready_to_run", environment.ReadyToRun);
        json.WriteString("garbage_collector", environment.GarbageCollector);
        // How the run itself was set up, beside the machine it ran on.
        json.WriteBoolean("start_gate", result.Options.StartGate);
        json.WriteNumber("counter_bits", result.Options.Uses64BitCounters ? 64 : 32);
        json.WriteEndObject();
    }

    private static void WriteSetting(Utf8JsonWriter json, string name, JitSetting setting)
    {
        json.WriteStartObject(name);
        json.WriteBoolean("enabled", setting.Enabled);
        json.WriteString("source", setting.Source);
        json.WriteEndObject();
    }

    private static void WriteStrategy(Utf8JsonWriter json, StrategyResult strategy)
    {
        json.WriteStartObject();
        json.WriteString("name", strategy.Name);
        json.WriteStartArray("trials");
        foreach (var trial in strategy.Trials)
        {
            json.WriteStartObject();
            json.WriteNumber("final", trial.Final);
            json.WriteNumber("lost", trial.Lost);
            json.WriteNumber("seconds", trial.Seconds);
            json.WriteNumber("ns_per_increment", trial.NsPerIncrement);
            json.WriteNumber("overlap", trial.Overlap);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("min", strategy.Min);
        WriteWholeOrHalf(json, "median", strategy.Median);
        json.WriteNumber("max", strategy.Max);
        WriteWholeOrHalf(json, "median_lost", strategy.MedianLost);
        json.WriteEndObject();
    }

    // A median of whole numbers is whole or ends in .5: write 7909319, not 7909319.0.
    private static void WriteWholeOrHalf(Utf8JsonWriter json, string name, double value)
    {
        if (value == Math.Floor(value))
        {
            json.WriteNumber(name, (long)value);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }
}
