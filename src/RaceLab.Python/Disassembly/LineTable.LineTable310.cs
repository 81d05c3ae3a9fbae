using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>3.10: <c>co_linetable</c>, pairs of (byte length, signed line delta; -128 = no line).</summary>
public static partial class LineTable
{
    // PyLineTable_NextAddressRange of 3.10: empty ranges are skipped, but their deltas still count.
    private static List<LineRange> LineTable310Ranges(CodeObject code)
    {
        var table = code.LineTable;
        var ranges = new List<LineRange>();
        var line = code.FirstLineNumber;
        var end = 0;
        for (var i = 0; i + 1 < table.Length; i += 2)
        {
            var start = end;
            end += table[i];
            var delta = (sbyte)table[i + 1];
            int? rangeLine = null;
            if (delta != -128)
            {
                line += delta;
                rangeLine = line;
            }

            if (start != end)
            {
                ranges.Add(new LineRange(start, end, rangeLine));
            }
        }

        return ranges;
    }
}
