using System.Text.Encodings.Web;
using System.Text.Json;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>
/// <c>racelab dis --json</c>: per version, each code object's dis text and instructions; with
/// <c>--switch-points</c> also every instruction's check points and every window with its verdict.
/// </summary>
internal static class DisJsonWriter
{
    public static void Write(
        TextWriter output, string program, IReadOnlyList<(CodeObject Module, IReadOnlyList<CodeObject> Codes)> selections, bool switchPoints)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("program", program);
            json.WriteStartArray("versions");
            foreach (var (module, codes) in selections)
            {
                WriteVersion(json, module, codes, switchPoints);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
        output.Flush();
    }

    private static void WriteVersion(Utf8JsonWriter json, CodeObject module, IReadOnlyList<CodeObject> codes, bool switchPoints)
    {
        var report = switchPoints ? SwitchPointAnalyzer.Analyze(module) : null;
        var analyses = report?.CodeObjects.ToDictionary(c => c.Code);
        json.WriteStartObject();
        json.WriteString("version", module.Version.Label());
        json.WriteStartArray("code_objects");
        foreach (var code in codes.SelectMany(c => (IEnumerable<CodeObject>)[c, .. CodeSelection.All(c)]))
        {
            WriteCode(json, code, analyses?[code]);
        }

        json.WriteEndArray();
        if (analyses is not null)
        {
            json.WritePropertyName("module");
            WriteCode(json, module, analyses[module]);
            WriteLockOrderHints(json, report!);
        }

        json.WriteEndObject();
    }

    /// <summary><c>"lock_order_hints": [{"first": {"function", "line", "outer", "inner"}, "second": {...}, "message"}]</c>.</summary>
    private static void WriteLockOrderHints(Utf8JsonWriter json, SwitchPointReport report)
    {
        json.WriteStartArray("lock_order_hints");
        foreach (var conflict in LockOrderHints.Find(report))
        {
            json.WriteStartObject();
            foreach (var (name, nesting) in new[] { ("first", conflict.First), ("second", conflict.Second) })
            {
                json.WriteStartObject(name);
                json.WriteString("function", nesting.Code.QualifiedName);
                WriteNullable(json, "line", nesting.Line);
                json.WriteString("outer", nesting.Outer);
                json.WriteString("inner", nesting.Inner);
                json.WriteEndObject();
            }

            json.WriteString("message", conflict.Describe());
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCode(Utf8JsonWriter json, CodeObject code, CodeSwitchPoints? analysis)
    {
        json.WriteStartObject();
        json.WriteString("name", code.Name);
        json.WriteString("qualname", code.QualifiedName);
        json.WriteNumber("first_line", code.FirstLineNumber);
        json.WriteString("dis", string.Concat(Disassembler.Listing(code).Select(l => l.Text + "\n")));
        json.WriteStartArray("instructions");
        foreach (var listed in Disassembler.Listing(code).Where(l => l.Instruction is not null))
        {
            var instruction = listed.Instruction!;
            json.WriteStartObject();
            json.WriteNumber("offset", instruction.Offset);
            json.WriteString("opname", instruction.OpName);
            WriteNullable(json, "arg", instruction.Arg);
            json.WriteString("argrepr", listed.ArgRepr);
            WriteNullable(json, "line", LineTable.LineAt(code, instruction.Offset));
            WriteNullable(json, "jump_target", instruction.JumpTarget);
            if (analysis is not null)
            {
                WriteCheckPoints(json, analysis.At(instruction.Offset));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (analysis is not null)
        {
            WriteWindows(json, code, analysis.Windows);
        }

        json.WriteEndObject();
    }

    private static void WriteCheckPoints(Utf8JsonWriter json, IReadOnlyList<CheckPoint> points)
    {
        json.WriteStartArray("check_points");
        foreach (var point in points)
        {
            json.WriteStartObject();
            json.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(point.Kind.ToString()));
            json.WriteBoolean("polls", point.Polls);
            json.WriteString("description", point.Description);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteWindows(Utf8JsonWriter json, CodeObject code, IReadOnlyList<UpdateWindow> windows)
    {
        json.WriteStartArray("windows");
        foreach (var window in windows)
        {
            json.WriteStartObject();
            json.WriteString("variable", window.Variable);
            json.WriteString("kind", window.Kind.ToString().ToLowerInvariant());
            json.WriteBoolean("check_then_act", window.CheckThenAct);
            json.WriteNumber("load_offset", window.Load.Offset);
            json.WriteNumber("store_offset", window.Store.Offset);
            WriteNullable(json, "load_line", LineTable.LineAt(code, window.Load.Offset));
            WriteNullable(json, "store_line", LineTable.LineAt(code, window.Store.Offset));
            json.WriteStartArray("switch_points");
            foreach (var point in window.Switches)
            {
                json.WriteStringValue($"{point.OpName}@{point.Offset}: {point.Description}");
            }

            json.WriteEndArray();
            if (window.Lock is { } held)
            {
                json.WriteString("lock", held.Lock);
            }
            else
            {
                json.WriteNull("lock");
            }

            json.WriteBoolean("loses_updates", window.Verdict.LosesWithGil);
            json.WriteBoolean("loses_updates_free_threaded", window.Verdict.LosesFreeThreaded);
            json.WriteString("verdict", window.Verdict.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
