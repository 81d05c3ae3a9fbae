using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>3.9: <c>co_lnotab</c>, pairs of (byte increment, signed line increment).</summary>
public static partial class LineTable
{
    // A port of 3.9's dis.findlinestarts.
    private static List<(int Offset, int? Line)> LnotabLineStarts(CodeObject code)
    {
        var table = code.LineTable;
        var starts = new List<(int, int?)>();
        int? lastLine = null;
        var line = code.FirstLineNumber;
        var address = 0;
        for (var i = 0; i + 1 < table.Length; i += 2)
        {
            int byteIncrement = table[i];
            int lineIncrement = table[i + 1];
            if (byteIncrement != 0)
            {
                if (line != lastLine)
                {
                    starts.Add((address, line));
                    lastLine = line;
                }

                address += byteIncrement;
                if (address >= code.Code.Length)
                {
                    // The remaining rows point past the end: their lines were optimized away.
                    return starts;
                }
            }

            if (lineIncrement >= 0x80)
            {
                lineIncrement -= 0x100;
            }

            line += lineIncrement;
        }

        if (line != lastLine)
        {
            starts.Add((address, line));
        }

        return starts;
    }

    private static List<LineRange> LnotabRanges(CodeObject code)
    {
        var starts = LnotabLineStarts(code);
        var ranges = new List<LineRange>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Offset : code.Code.Length;
            if (end > starts[i].Offset)
            {
                ranges.Add(new LineRange(starts[i].Offset, end, starts[i].Line));
            }
        }

        return ranges;
    }
}
