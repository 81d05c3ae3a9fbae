using System.Collections.Immutable;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class Assembler
{
    private const int ShortForm = 0;
    private const int OneLineForm = 10;
    private const int NoColumns = 13;
    private const int LongForm = 14;
    private const int NoLocation = 15;

    /// <summary>
    /// <c>co_linetable</c> in the 3.11+ location format (Objects/locations.md). 3.11 writes one entry per
    /// instruction; 3.12+ merges runs of instructions with the same location.
    /// </summary>
    public ImmutableArray<byte> LineTable(int firstLine)
    {
        var table = new List<byte>();
        var line = firstLine;
        if (version == PythonVersion.Py311)
        {
            for (var i = 0; i < instructions.Count; i++)
            {
                WriteEntries(table, instructions[i].Location, _offsets[i + 1] - _offsets[i], ref line);
            }

            return [.. table];
        }

        var location = SourceLocation.None;
        var size = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].Location != location)
            {
                WriteEntries(table, location, size, ref line);
                location = instructions[i].Location;
                size = 0;
            }

            size += _offsets[i + 1] - _offsets[i];
        }

        WriteEntries(table, location, size, ref line);
        return [.. table];
    }

    private static void WriteEntries(List<byte> table, SourceLocation location, int size, ref int line)
    {
        while (size > 8)
        {
            WriteEntry(table, location, 8, ref line);
            size -= 8;
        }

        if (size > 0)
        {
            WriteEntry(table, location, size, ref line);
        }
    }

    private static void WriteEntry(List<byte> table, SourceLocation location, int size, ref int line)
    {
        if (location.Line < 0)
        {
            table.Add(FirstByte(NoLocation, size));
            return;
        }

        var lineDelta = location.Line - line;
        var column = location.Column;
        var endColumn = location.EndColumn;
        if (column < 0 || endColumn < 0)
        {
            if (location.EndLine == location.Line || location.EndLine == -1)
            {
                table.Add(FirstByte(NoColumns, size));
                WriteSignedVarint(table, lineDelta);
                line = location.Line;
                return;
            }
        }
        else if (location.EndLine == location.Line)
        {
            if (lineDelta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
            {
                table.Add(FirstByte(ShortForm + (column >> 3), size));
                table.Add((byte)(((column & 7) << 4) | (endColumn - column)));
                return;
            }

            if (lineDelta is >= 0 and < 3 && column < 128 && endColumn < 128)
            {
                table.Add(FirstByte(OneLineForm + lineDelta, size));
                table.Add((byte)column);
                table.Add((byte)endColumn);
                line = location.Line;
                return;
            }
        }

        table.Add(FirstByte(LongForm, size));
        WriteSignedVarint(table, lineDelta);
        WriteVarint(table, location.EndLine - location.Line);
        WriteVarint(table, column + 1);
        WriteVarint(table, endColumn + 1);
        line = location.Line;
    }

    private static byte FirstByte(int code, int size) => (byte)(0x80 | (code << 3) | (size - 1));

    private static void WriteVarint(List<byte> table, int value)
    {
        var v = (uint)value;
        while (v >= 64)
        {
            table.Add((byte)(64 | (v & 63)));
            v >>= 6;
        }

        table.Add((byte)v);
    }

    private static void WriteSignedVarint(List<byte> table, int value) =>
        WriteVarint(table, value < 0 ? ((-value) << 1) | 1 : value << 1);

    /// <summary><c>co_exceptiontable</c>: (start, length, handler, depth and lasti) per run of instructions.</summary>
    public ImmutableArray<byte> ExceptionTable()
    {
        var table = new List<byte>();
        BasicBlock? handler = null;
        var start = 0;
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].Except != handler)
            {
                if (handler is not null)
                {
                    WriteHandler(table, start, _offsets[i], handler);
                }

                start = _offsets[i];
                handler = instructions[i].Except;
            }
        }

        if (handler is not null)
        {
            WriteHandler(table, start, _offsets[^1], handler);
        }

        return [.. table];
    }

    private void WriteHandler(List<byte> table, int start, int end, BasicBlock handler)
    {
        var depth = handler.StartDepth - 1 - (handler.PreserveLasti ? 1 : 0);
        var lasti = handler.PreserveLasti ? 1 : 0;
        WriteItem(table, start, 0x80);
        WriteItem(table, end - start, 0);
        WriteItem(table, _offsets[blockStarts[handler]], 0);
        WriteItem(table, (depth << 1) | lasti, 0);
    }

    private static void WriteItem(List<byte> table, int value, int msb)
    {
        for (var shift = 24; shift > 0; shift -= 6)
        {
            if (value >= 1 << shift)
            {
                table.Add((byte)(((value >> shift) & 0x3f) | 0x40 | msb));
                msb = 0;
            }
        }

        table.Add((byte)((value & 0x3f) | msb));
    }
}
