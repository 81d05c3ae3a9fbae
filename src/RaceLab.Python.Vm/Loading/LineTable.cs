using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Loading;

/// <summary>Decodes each release's line table into a line number per code unit (-1: no line).</summary>
internal static class LineTable
{
    public static int[] LinesPerUnit(CodeObject code)
    {
        var units = code.Code.Length / 2;
        var lines = new int[units];
        Array.Fill(lines, -1);
        var table = code.LineTable.AsSpan();
        switch (code.Version)
        {
            case PythonVersion.Py39:
                DecodeLnotab(table, code.FirstLineNumber, lines);
                break;
            case PythonVersion.Py310:
                Decode310(table, code.FirstLineNumber, lines);
                break;
            default:
                DecodeLocations(table, code.FirstLineNumber, lines);
                break;
        }

        return lines;
    }

    /// <summary>
    /// Where a code unit's instruction starts in the source: its line, and its column (1-based) where the
    /// release records one (3.11+ location tables); otherwise column 1. For messages, not the hot path.
    /// </summary>
    public static (int Line, int Column) PositionOf(CodeObject code, int unit)
    {
        var lines = LinesPerUnit(code);
        var line = unit < lines.Length && lines[unit] > 0 ? lines[unit] : code.FirstLineNumber;
        return (line, code.Version >= PythonVersion.Py311 ? ColumnOf(code.LineTable.AsSpan(), unit) + 1 : 1);
    }

    /// <summary>The 0-based start column of a unit in a 3.11+ location table (0 when the entry has none).</summary>
    private static int ColumnOf(ReadOnlySpan<byte> table, int target)
    {
        var unit = 0;
        var i = 0;
        while (i < table.Length)
        {
            var first = table[i++];
            var code = (first >> 3) & 15;
            var length = (first & 7) + 1;
            var column = 0;
            switch (code)
            {
                case 15:
                    break;
                case 14:
                    ReadSignedVarint(table, ref i);
                    ReadVarint(table, ref i);
                    column = Math.Max(0, ReadVarint(table, ref i) - 1);
                    ReadVarint(table, ref i);
                    break;
                case 13:
                    ReadSignedVarint(table, ref i);
                    break;
                case 10:
                case 11:
                case 12:
                    column = table[i];
                    i += 2;
                    break;
                default:
                    column = (code * 8) + ((table[i] >> 4) & 7);
                    i += 1;
                    break;
            }

            if (target < unit + length)
            {
                return column;
            }

            unit += length;
        }

        return 0;
    }

    // 3.9 co_lnotab: (byte increment, signed line increment) pairs; a line starts where the address moves.
    private static void DecodeLnotab(ReadOnlySpan<byte> table, int firstLine, int[] lines)
    {
        var address = 0;
        var line = firstLine;
        var starts = new List<(int Address, int Line)>();
        var last = int.MinValue;
        for (var i = 0; i + 1 < table.Length; i += 2)
        {
            if (table[i] != 0)
            {
                if (line != last)
                {
                    starts.Add((address, line));
                    last = line;
                }

                address += table[i];
            }

            line += (sbyte)table[i + 1];
        }

        if (line != last)
        {
            starts.Add((address, line));
        }

        for (var unit = 0; unit < lines.Length; unit++)
        {
            var current = firstLine;
            foreach (var (start, startLine) in starts)
            {
                if (start <= unit * 2)
                {
                    current = startLine;
                }
            }

            lines[unit] = current;
        }
    }

    // 3.10 co_linetable: (byte delta, signed line delta) pairs; -128 means "no line" for that range.
    private static void Decode310(ReadOnlySpan<byte> table, int firstLine, int[] lines)
    {
        var end = 0;
        var computed = firstLine;
        for (var i = 0; i + 1 < table.Length; i += 2)
        {
            var start = end;
            end += table[i];
            var delta = (sbyte)table[i + 1];
            int line;
            if (delta == -128)
            {
                line = -1;
            }
            else
            {
                computed += delta;
                line = computed;
            }

            for (var b = start; b < end && b / 2 < lines.Length; b += 2)
            {
                lines[b / 2] = line;
            }
        }
    }

    // 3.11+ co_linetable: location entries (Objects/locations.md).
    private static void DecodeLocations(ReadOnlySpan<byte> table, int firstLine, int[] lines)
    {
        var unit = 0;
        var line = firstLine;
        var i = 0;
        while (i < table.Length)
        {
            var first = table[i++];
            var code = (first >> 3) & 15;
            var length = (first & 7) + 1;
            var entryLine = -1;
            switch (code)
            {
                case 15:
                    break;
                case 14:
                    line += ReadSignedVarint(table, ref i);
                    ReadVarint(table, ref i);
                    ReadVarint(table, ref i);
                    ReadVarint(table, ref i);
                    entryLine = line;
                    break;
                case 13:
                    line += ReadSignedVarint(table, ref i);
                    entryLine = line;
                    break;
                case 10:
                case 11:
                case 12:
                    line += code - 10;
                    i += 2;
                    entryLine = line;
                    break;
                default:
                    i += 1;
                    entryLine = line;
                    break;
            }

            for (var k = 0; k < length && unit < lines.Length; k++)
            {
                lines[unit++] = entryLine;
            }
        }
    }

    private static int ReadVarint(ReadOnlySpan<byte> table, ref int i)
    {
        int b = table[i++];
        var value = b & 63;
        var shift = 0;
        while ((b & 64) != 0)
        {
            b = table[i++];
            shift += 6;
            value |= (b & 63) << shift;
        }

        return value;
    }

    private static int ReadSignedVarint(ReadOnlySpan<byte> table, ref int i)
    {
        var value = ReadVarint(table, ref i);
        return (value & 1) != 0 ? -(value >> 1) : value >> 1;
    }
}
