using System.Globalization;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>3.9-3.12 layout: line, current marker, <c>&gt;&gt;</c>, offset, opname, argument, (argrepr).</summary>
public static partial class Disassembler
{
    private const int OpNameWidth = 20;
    private const int ArgWidth = 5;

    private static void ListWithOffsets(CodeObject code, List<ListingLine> output)
    {
        var instructions = InstructionDecoder.Decode(code);
        var lineStarts = new Dictionary<int, int>();
        foreach (var (offset, line) in LineTable.LineStarts(code))
        {
            lineStarts[offset] = line!.Value;
        }

        var exceptions = code.Version.HasInlineCaches() ? ExceptionTable.Parse(code) : [];
        var labels = new HashSet<int>(instructions.Where(i => i.JumpTarget is not null).Select(i => i.JumpTarget!.Value));
        foreach (var entry in exceptions)
        {
            if (entry.End > entry.Start)
            {
                labels.Add(entry.Target);
            }
        }

        // 3.9 always shows the line column (its linestarts is never None); 3.10+ only when there are lines.
        var showLines = code.Version == PythonVersion.Py39 || lineStarts.Count > 0;
        var lineWidth = 0;
        if (showLines)
        {
            var maxLine = lineStarts.Count > 0 ? lineStarts.Values.Max() : 0;
            lineWidth = maxLine >= 1000 ? maxLine.ToString(CultureInfo.InvariantCulture).Length : 3;
        }

        var maxOffset = code.Code.Length - 2;
        var offsetWidth = maxOffset >= 10000 ? maxOffset.ToString(CultureInfo.InvariantCulture).Length : 4;
        var describer = new ArgumentDescriber(code);
        foreach (var instruction in instructions)
        {
            var startsLine = lineStarts.TryGetValue(instruction.Offset, out var line);
            if (showLines && startsLine && instruction.Offset > 0)
            {
                output.Add(new ListingLine(""));
            }

            var fields = new List<string>();
            if (lineWidth > 0)
            {
                fields.Add(startsLine ? line.ToString(CultureInfo.InvariantCulture).PadLeft(lineWidth) : new string(' ', lineWidth));
            }

            fields.Add("   ");
            fields.Add(labels.Contains(instruction.Offset) ? ">>" : "  ");
            fields.Add(instruction.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth));
            fields.Add(instruction.OpName.PadRight(OpNameWidth));
            var argRepr = "";
            if (instruction.Arg is { } arg)
            {
                fields.Add(arg.ToString(CultureInfo.InvariantCulture).PadLeft(ArgWidth));
                argRepr = describer.Describe(instruction);
                if (argRepr.Length > 0)
                {
                    fields.Add("(" + argRepr + ")");
                }
            }

            output.Add(new ListingLine(JoinFields(fields), instruction, argRepr, startsLine ? line : null));
        }

        if (exceptions.Count > 0)
        {
            output.Add(new ListingLine("ExceptionTable:"));
            foreach (var entry in exceptions)
            {
                output.Add(new ListingLine(string.Create(CultureInfo.InvariantCulture, $"  {entry.Start} to {entry.End - 2} -> {entry.Target} [{entry.Depth}]") + (entry.Lasti ? " lasti" : "")));
            }
        }
    }
}
