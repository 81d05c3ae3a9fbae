namespace RaceLab.Python.Vm.Loading;

/// <summary>Reads a 3.11+ co_exceptiontable (Objects/exception_handling_notes.txt), in code units.</summary>
internal static class ExceptionTableReader
{
    public static List<(int Start, int End, int Target, int Depth, bool Lasti)> Read(ReadOnlySpan<byte> table)
    {
        var entries = new List<(int, int, int, int, bool)>();
        var i = 0;
        while (i < table.Length)
        {
            var start = Varint(table, ref i);
            var length = Varint(table, ref i);
            var target = Varint(table, ref i);
            var depthLasti = Varint(table, ref i);
            entries.Add((start, start + length, target, depthLasti >> 1, (depthLasti & 1) != 0));
        }

        return entries;
    }

    private static int Varint(ReadOnlySpan<byte> table, ref int i)
    {
        int b = table[i++];
        var value = b & 63;
        while ((b & 64) != 0)
        {
            value <<= 6;
            b = table[i++];
            value |= b & 63;
        }

        return value;
    }
}
