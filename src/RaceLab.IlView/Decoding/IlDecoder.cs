using System.Globalization;
using System.Reflection.Emit;
using System.Reflection.Metadata;

namespace RaceLab.IlView.Decoding;

/// <summary>Decodes a method body's bytes into instructions with their operands resolved.</summary>
internal static class IlDecoder
{
    public static IReadOnlyList<IlInstruction> Decode(MetadataReader metadata, MethodBodyBlock body)
    {
        var reader = body.GetILReader();
        var instructions = new List<IlInstruction>();
        while (reader.RemainingBytes > 0)
        {
            var offset = reader.Offset;
            var opCode = IlOpCodeTable.Read(ref reader, offset);
            instructions.Add(DecodeOperand(metadata, ref reader, offset, opCode));
        }

        return instructions;
    }

    private static IlInstruction DecodeOperand(MetadataReader metadata, ref BlobReader reader, int offset, OpCode opCode)
    {
        var name = opCode.Name ?? "?";
        switch (opCode.OperandType)
        {
            case OperandType.InlineNone:
                return new IlInstruction(offset, name, string.Empty, [], null);
            case OperandType.ShortInlineBrTarget:
                {
                    var target = reader.ReadSByte() + reader.Offset;
                    return new IlInstruction(offset, name, IlInstruction.LabelOf(target), [target], null);
                }

            case OperandType.InlineBrTarget:
                {
                    var target = reader.ReadInt32() + reader.Offset;
                    return new IlInstruction(offset, name, IlInstruction.LabelOf(target), [target], null);
                }

            case OperandType.InlineSwitch:
                {
                    var count = reader.ReadInt32();
                    var deltas = new int[count];
                    for (var i = 0; i < count; i++)
                    {
                        deltas[i] = reader.ReadInt32();
                    }

                    var end = reader.Offset;
                    var targets = deltas.Select(d => d + end).ToArray();
                    return new IlInstruction(offset, name, $"({string.Join(", ", targets.Select(IlInstruction.LabelOf))})", targets, null);
                }

            case OperandType.ShortInlineI:
                return Plain(offset, name, (opCode == OpCodes.Ldc_I4_S ? (int)reader.ReadSByte() : reader.ReadByte()).ToString(CultureInfo.InvariantCulture));
            case OperandType.ShortInlineVar:
                return Plain(offset, name, Variable(name, reader.ReadByte()));
            case OperandType.InlineVar:
                return Plain(offset, name, Variable(name, reader.ReadUInt16()));
            case OperandType.InlineI:
                return Plain(offset, name, reader.ReadInt32().ToString(CultureInfo.InvariantCulture));
            case OperandType.InlineI8:
                return Plain(offset, name, reader.ReadInt64().ToString(CultureInfo.InvariantCulture));
            case OperandType.ShortInlineR:
                return Plain(offset, name, reader.ReadSingle().ToString("R", CultureInfo.InvariantCulture));
            case OperandType.InlineR:
                return Plain(offset, name, reader.ReadDouble().ToString("R", CultureInfo.InvariantCulture));
            case OperandType.InlineString:
                return Plain(offset, name, TokenFormatter.UserString(metadata, reader.ReadInt32()));
            case OperandType.InlineField:
            case OperandType.InlineMethod:
            case OperandType.InlineTok:
            case OperandType.InlineType:
            case OperandType.InlineSig:
                {
                    var member = TokenFormatter.Format(metadata, reader.ReadInt32());
                    return new IlInstruction(offset, name, member, [], member);
                }

            default:
                throw new IlViewException($"unsupported operand type {opCode.OperandType} at {IlInstruction.LabelOf(offset)}");
        }
    }

    // ildasm names locals V_0, V_1, ...; arguments keep their number.
    private static string Variable(string opCode, int index) =>
        opCode.Contains("loc", StringComparison.Ordinal) ? $"V_{index}" : index.ToString(CultureInfo.InvariantCulture);

    private static IlInstruction Plain(int offset, string name, string operand) => new(offset, name, operand, [], null);
}
