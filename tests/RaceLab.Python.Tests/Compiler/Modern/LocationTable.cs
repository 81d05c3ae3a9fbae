namespace RaceLab.Python.Tests.Compiler.Modern;

/// <summary>Decodes a 3.11+ <c>co_linetable</c> into one position per code unit (as <c>co_positions()</c>).</summary>
internal static class LocationTable
{
    public static List<(int? Line, int? EndLine, int? Column, int? EndColumn)> Decode(IReadOnlyList<byte> table, int firstLine)
    {
        var result = new List<(int?, int?, int?, int?)>();
        var line = firstLine;
        var i = 0;
        while (i < table.Count)
        {
            var first = table[i++];
            var code = (first >> 3) & 15;
            var length = (first & 7) + 1;
            (int?, int?, int?, int?) position;
            switch (code)
            {
                case 15:
                    position = (null, null, null, null);
                    break;
                case 14:
                    line += SignedVarint(table, ref i);
                    var endLine = line + Varint(table, ref i);
                    var column = Varint(table, ref i) - 1;
                    var endColumn = Varint(table, ref i) - 1;
                    position = (line, endLine, column < 0 ? null : column, endColumn < 0 ? null : endColumn);
                    break;
                case 13:
                    line += SignedVarint(table, ref i);
                    position = (line, line, null, null);
                    break;
                case 10 or 11 or 12:
                    line += code - 10;
                    position = (line, line, table[i], table[i + 1]);
                    i += 2;
                    break;
                default:
                    var second = table[i++];
                    var start = (code << 3) | ((second >> 4) & 7);
                    position = (line, line, start, start + (second & 15));
                    break;
            }

            for (var k = 0; k < length; k++)
            {
                result.Add(position);
            }
        }

        return result;
    }

    private static int Varint(IReadOnlyList<byte> table, ref int i)
    {
        var value = 0;
        var shift = 0;
        int b;
        do
        {
            b = table[i++];
            value |= (b & 63) << shift;
            shift += 6;
        }
        while ((b & 64) != 0);
        return value;
    }

    private static int SignedVarint(IReadOnlyList<byte> table, ref int i)
    {
        var value = Varint(table, ref i);
        return (value & 1) != 0 ? -(value >> 1) : value >> 1;
    }
}
