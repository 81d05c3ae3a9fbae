using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>3.11+: the location table (Objects/locations.md); only line numbers matter to dis.</summary>
public static partial class LineTable
{
    private const int NoLocation = 15;
    private const int LongForm = 14;
    private const int NoColumns = 13;
    private const int OneLineForm = 10;

    private static IEnumerable<LineRange> LocationRanges(CodeObject code)
    {
        var table = code.LineTable;
        var line = code.FirstLineNumber;
        var address = 0;
        var position = 0;
        while (position < table.Length)
        {
            var first = table[position++];
            var kind = (first >> 3) & 15;
            var length = (first & 7) + 1;
            int? rangeLine = line;
            switch (kind)
            {
                case NoLocation:
                    rangeLine = null;
                    break;
                case LongForm:
                    line += ReadSignedVarint(table, ref position);
                    ReadVarint(table, ref position);
                    ReadVarint(table, ref position);
                    ReadVarint(table, ref position);
                    rangeLine = line;
                    break;
                case NoColumns:
                    line += ReadSignedVarint(table, ref position);
                    rangeLine = line;
                    break;
                case >= OneLineForm:
                    line += kind - OneLineForm;
                    position += 2;
                    rangeLine = line;
                    break;
                default:
                    position += 1;
                    break;
            }

            yield return new LineRange(address, address + (2 * length), rangeLine);
            address += 2 * length;
        }
    }

    private static int ReadVarint(System.Collections.Immutable.ImmutableArray<byte> table, ref int position)
    {
        int b = table[position++];
        var value = b & 63;
        var shift = 0;
        while ((b & 64) != 0)
        {
            b = table[position++];
            shift += 6;
            value |= (b & 63) << shift;
        }

        return value;
    }

    private static int ReadSignedVarint(System.Collections.Immutable.ImmutableArray<byte> table, ref int position)
    {
        var value = ReadVarint(table, ref position);
        return (value & 1) != 0 ? -(value >> 1) : value >> 1;
    }
}
