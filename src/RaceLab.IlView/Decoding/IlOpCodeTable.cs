using System.Reflection;
using System.Reflection.Emit;

namespace RaceLab.IlView.Decoding;

/// <summary>Every IL opcode with its name and operand kind, taken from <see cref="OpCodes"/> so none is missing or misspelt.</summary>
internal static class IlOpCodeTable
{
    private static readonly OpCode?[] _oneByte = new OpCode?[256];
    private static readonly OpCode?[] _twoByte = new OpCode?[256];

    static IlOpCodeTable()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode opCode)
            {
                var value = (ushort)opCode.Value;
                if (opCode.Size == 1)
                {
                    _oneByte[value] = opCode;
                }
                else
                {
                    _twoByte[value & 0xFF] = opCode;
                }
            }
        }
    }

    /// <summary>The opcode that starts with <paramref name="first"/> (0xFE prefixes a two-byte opcode).</summary>
    public static OpCode Read(ref System.Reflection.Metadata.BlobReader reader, int offset)
    {
        var first = reader.ReadByte();
        var opCode = first == 0xFE ? _twoByte[reader.ReadByte()] : _oneByte[first];
        return opCode ?? throw new IlViewException($"invalid IL opcode 0x{first:X2} at IL_{offset:x4}");
    }
}
