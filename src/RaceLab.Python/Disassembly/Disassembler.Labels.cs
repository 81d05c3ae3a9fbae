using System.Globalization;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>3.13 layout (<c>dis.Formatter</c>): line or <c>--</c>, label <c>L1:</c>, opname, argument, (argrepr).</summary>
public static partial class Disassembler
{
    private const string NoLineNumber = "  --";

    /// <summary>3.13's label numbering: jump targets and exception-table boundaries, in offset order.</summary>
    public static IReadOnlyDictionary<int, int> Labels(CodeObject code, IReadOnlyList<Instruction> instructions)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(instructions);
        var offsets = new SortedSet<int>(instructions.Where(i => i.JumpTarget is not null).Select(i => i.JumpTarget!.Value));
        foreach (var entry in ExceptionTable.Parse(code))
        {
            offsets.Add(entry.Start);
            offsets.Add(entry.End);
            offsets.Add(entry.Target);
        }

        var labels = new Dictionary<int, int>();
        foreach (var offset in offsets)
        {
            labels[offset] = labels.Count + 1;
        }

        return labels;
    }

    private static void ListWithLabels(CodeObject code, List<ListingLine> output)
    {
        var instructions = InstructionDecoder.Decode(code);
        var lineStarts = new Dictionary<int, int?>();
        foreach (var (offset, line) in LineTable.LineStarts(code))
        {
            lineStarts[offset] = line;
        }

        var exceptions = ExceptionTable.Parse(code);
        var labels = Labels(code, instructions);
        var labelWidth = 4 + labels.Count.ToString(CultureInfo.InvariantCulture).Length;
        var lineWidth = LineNumberWidth(lineStarts);
        var describer = new ArgumentDescriber(code, labels);
        foreach (var instruction in instructions)
        {
            var startsLine = lineStarts.TryGetValue(instruction.Offset, out var line);
            if (lineWidth > 0 && startsLine && instruction.Offset > 0)
            {
                output.Add(new ListingLine(""));
            }

            var fields = new List<string>();
            if (lineWidth > 0)
            {
                var lineText = line is { } number ? number.ToString(CultureInfo.InvariantCulture) : NoLineNumber;
                fields.Add(startsLine ? lineText.PadLeft(lineWidth) : new string(' ', lineWidth));
            }

            fields.Add(labels.TryGetValue(instruction.Offset, out var label)
                ? ("L" + label.ToString(CultureInfo.InvariantCulture) + ":").PadLeft(labelWidth)
                : new string(' ', labelWidth));
            fields.Add("   ");
            fields.Add(instruction.OpName.PadRight(OpNameWidth));
            var argRepr = "";
            if (instruction.Arg is { } arg)
            {
                // An opname longer than the column eats into the argument's width.
                var excess = Math.Max(0, instruction.OpName.Length - OpNameWidth);
                fields.Add(arg.ToString(CultureInfo.InvariantCulture).PadLeft(Math.Max(0, ArgWidth - excess)));
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
                output.Add(new ListingLine(string.Create(CultureInfo.InvariantCulture, $"  L{labels[entry.Start]} to L{labels[entry.End]} -> L{labels[entry.Target]} [{entry.Depth}]") + (entry.Lasti ? " lasti" : "")));
            }
        }
    }

    // dis._get_lineno_width: 0 without lines, at least 3, and room for "  --" when some code has no line.
    private static int LineNumberWidth(Dictionary<int, int?> lineStarts)
    {
        var numbered = lineStarts.Values.Where(l => l is > 0).Select(l => l!.Value).ToList();
        if (numbered.Count == 0)
        {
            return 0;
        }

        var width = Math.Max(3, numbered.Max().ToString(CultureInfo.InvariantCulture).Length);
        return width < NoLineNumber.Length && lineStarts.ContainsValue(null) ? NoLineNumber.Length : width;
    }
}
