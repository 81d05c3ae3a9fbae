using System.Text.Json;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>
/// The <c>--json</c> document: <c>{"program", "runs": [{"python", "trial", "seed", "output", "stderr", "uncaught", "assertion_failed",
/// "exit_code", "globals", "simulated_seconds", "gil_switches", "lost_update_events", "updates_lost",
/// "instructions", "deadlock"?}], "real": [{"python", "interpreter", "output", "stderr", "exit_code", "seconds"}]}</c>.
/// "stderr" is everything the program wrote there (tracebacks, logging); "uncaught" the exception that ended it, or null.
/// </summary>
internal static class SimJsonWriter
{
    /// <summary><c>"deadlock": {"cycle": [names], "threads": [{"name", "kind", "waits_for", "held_by", "acquired_at", "in_call", "stack"}]}</c>.</summary>
    private static void WriteDeadlock(Utf8JsonWriter json, Python.Vm.Simulation.DeadlockReport deadlock)
    {
        json.WriteStartObject("deadlock");
        WriteLines(json, "cycle", deadlock.Cycle);
        json.WriteStartArray("threads");
        foreach (var t in deadlock.Threads)
        {
            json.WriteStartObject();
            json.WriteString("name", t.Name);
            json.WriteString("kind", t.Kind);
            json.WriteString("waits_for", t.WaitsFor);
            json.WriteString("held_by", t.HeldBy);
            json.WriteString("acquired_at", t.AcquiredAt);
            json.WriteString("in_call", t.InCall);
            WriteLines(json, "stack", t.Stack);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void Write(IAnsiConsole console, SimSettings settings, IReadOnlyList<SimRun> runs, IReadOnlyList<RealRun> real)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("program", settings.Program.ToString());
            json.WriteStartArray("runs");
            foreach (var run in runs)
            {
                var r = run.Result;
                json.WriteStartObject();
                json.WriteString("python", run.Target.Label);
                json.WriteNumber("trial", run.Trial);
                json.WriteNumber("seed", r.Seed);
                WriteLines(json, "output", r.Output);
                WriteLines(json, "stderr", r.ErrorOutput);
                json.WriteString("uncaught", r.UncaughtException);
                json.WriteBoolean("assertion_failed", r.AssertionFailed);
                json.WriteNumber("exit_code", r.ExitCode);
                json.WriteStartObject("globals");
                foreach (var (name, value) in r.Globals)
                {
                    json.WritePropertyName(name);
                    json.WriteRawValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                json.WriteEndObject();
                json.WriteNumber("simulated_seconds", Math.Round(r.SimulatedSeconds, 6));
                json.WriteNumber("gil_switches", r.GilSwitches);
                json.WriteNumber("lost_update_events", r.LostUpdateEvents);
                json.WriteNumber("updates_lost", r.UpdatesLost);
                json.WriteNumber("instructions", r.Instructions);
                if (r.Deadlock is { } deadlock)
                {
                    WriteDeadlock(json, deadlock);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("real");
            foreach (var run in real)
            {
                json.WriteStartObject();
                json.WriteString("python", run.Python);
                json.WriteString("interpreter", run.Interpreter);
                WriteLines(json, "output", run.Output);
                WriteLines(json, "stderr", run.ErrorOutput);
                if (run.ExitCode is { } code)
                {
                    json.WriteNumber("exit_code", code);
                }
                else
                {
                    json.WriteNull("exit_code");
                }

                if (run.Seconds is { } seconds)
                {
                    json.WriteNumber("seconds", Math.Round(seconds, 3));
                }
                else
                {
                    json.WriteNull("seconds");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        console.Profile.Out.Writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void WriteLines(Utf8JsonWriter json, string name, IReadOnlyList<string> lines)
    {
        json.WriteStartArray(name);
        foreach (var line in lines)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
    }
}
