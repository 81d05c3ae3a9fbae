using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>Parses <c>co_exceptiontable</c> as <c>dis._parse_exception_table</c> does.</summary>
public static class ExceptionTable
{
    public static IReadOnlyList<ExceptionTableEntry> Parse(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var table = code.ExceptionTable;
        var entries = new List<ExceptionTableEntry>();
        var position = 0;
        while (position < table.Length)
        {
            var start = ReadVarint(table, ref position) * 2;
            var length = ReadVarint(table, ref position) * 2;
            var target = ReadVarint(table, ref position) * 2;
            var depthAndLasti = ReadVarint(table, ref position);
            entries.Add(new ExceptionTableEntry(start, start + length, target, depthAndLasti >> 1, (depthAndLasti & 1) != 0));
        }

        return entries;
    }

    // Big-endian groups of 6 bits; bit 6 says another group follows (bit 7 marks an entry's start).
    private static int ReadVarint(ImmutableArray<byte> table, ref int position)
    {
        int b = table[position++];
        var value = b & 63;
        while ((b & 64) != 0)
        {
            b = table[position++];
            value = (value << 6) | (b & 63);
        }

        return value;
    }
}
