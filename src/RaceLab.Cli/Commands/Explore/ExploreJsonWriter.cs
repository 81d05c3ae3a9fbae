using System.Globalization;
using System.Numerics;
using System.Text.Json;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Replay;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>
/// The <c>--json</c> document: <c>{"program", "python", "bound", "granularity", "complete", "states", "seconds",
/// "outcomes": [{"globals", "output", "assertion_failed", "kind" (completed, assertion_failed, uncaught, deadlock),
/// "assertion_message"?, "uncaught"? {"thread", "exception"}, "deadlock"? [{"thread", "waits_for", "held_by"}], "error"?, "interleavings", "min_preemptions", "serial", "anomaly",
/// "witness": [{"step", "thread", "instruction", "line", "access"}]}]}</c>.
/// </summary>
internal static class ExploreJsonWriter
{
    public static void Write(IAnsiConsole console, ExploreSettings settings, ExplorationResult result, double seconds) =>
        Emit(console, json =>
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
            json.WriteBoolean("complete", result.Complete);
            json.WriteNumber("states", result.States);
            json.WriteNumber("seconds", Math.Round(seconds, 3));
            json.WriteStartArray("outcomes");
            foreach (var o in result.Outcomes)
            {
                json.WriteStartObject();
                WriteOutcome(json, o.Outcome);
                json.WritePropertyName("interleavings");
                json.WriteRawValue(o.Interleavings.ToString(CultureInfo.InvariantCulture));
                if (o.MinPreemptions is { } min)
                {
                    json.WriteNumber("min_preemptions", min);
                }
                else
                {
                    json.WriteNull("min_preemptions");
                }

                json.WriteBoolean("serial", o.Serial);
                json.WriteBoolean("anomaly", o.Anomaly);
                WriteWitness(json, o.Witness);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    public static void WriteReplay(IAnsiConsole console, ExploreSettings settings, ReplayResult replay) =>
        Emit(console, json =>
        {
            json.WriteStartObject();
            json.WriteString("program", settings.Program.ToString());
            json.WriteString("python", settings.PythonLabel);
            WriteOutcome(json, replay.Outcome);
            json.WriteNumber("preemptions", replay.Witness.Preemptions);
            WriteWitness(json, replay.Witness);
            json.WriteEndObject();
        });

    internal static void WriteOutcome(Utf8JsonWriter json, Outcome outcome)
    {
        json.WriteStartObject("globals");
        foreach (var (name, repr) in outcome.Globals)
        {
            json.WritePropertyName(name);
            if (BigInteger.TryParse(repr, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                json.WriteRawValue(repr);
            }
            else
            {
                json.WriteStringValue(repr);
            }
        }

        json.WriteEndObject();
        json.WriteStartArray("output");
        foreach (var line in outcome.Output)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();
        json.WriteBoolean("assertion_failed", outcome.AssertionFailed);
        json.WriteString("kind", outcome.Kind switch
        {
            OutcomeKind.AssertionFailed => "assertion_failed",
            OutcomeKind.Uncaught => "uncaught",
            OutcomeKind.Deadlock => "deadlock",
            _ => "completed",
        });
        if (outcome.Kind == OutcomeKind.AssertionFailed)
        {
            json.WriteString("assertion_message", outcome.AssertionMessage);
        }

        if (outcome.Failure is { Kind: OutcomeKind.Uncaught } uncaught)
        {
            json.WriteStartObject("uncaught");
            json.WriteString("thread", uncaught.Thread);
            json.WriteString("exception", uncaught.Exception);
            json.WriteEndObject();
        }

        if (outcome.Failure is { Kind: OutcomeKind.Deadlock } deadlock)
        {
            json.WriteStartArray("deadlock");
            foreach (var wait in deadlock.Blocked)
            {
                json.WriteStartObject();
                json.WriteString("thread", wait.Thread);
                json.WriteString("waits_for", wait.WaitsFor);
                json.WriteString("held_by", wait.HeldBy);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        else if (outcome.Kind != OutcomeKind.AssertionFailed && outcome.Error is { } error)
        {
            json.WriteString("error", error);
        }
    }

    internal static void WriteWitness(Utf8JsonWriter json, Witness? witness)
    {
        json.WriteStartArray("witness");
        foreach (var e in witness?.Events ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("step", e.Step);
            json.WriteNumber("thread", e.Thread);
            json.WriteString("instruction", e.Instruction);
            json.WriteNumber("line", e.Line);
            json.WriteString("access", e.Access);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Emit(IAnsiConsole console, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            write(json);
        }

        console.Profile.Out.Writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }
}
