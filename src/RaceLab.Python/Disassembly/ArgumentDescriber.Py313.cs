namespace RaceLab.Python.Disassembly;

/// <summary>3.13 (Lib/dis.py of 3.13.0, <c>ArgResolver.get_argval_argrepr</c>).</summary>
internal sealed partial class ArgumentDescriber
{
    private static readonly string[] ConvertValueNames = ["", "str", "repr", "ascii"];

    private string Describe313(Instruction instruction, int arg)
    {
        var op = instruction.Opcode;
        if (_table.HasConst(op))
        {
            return Constant(arg);
        }

        if (_table.HasName(op))
        {
            return NameWithNull313(instruction, arg);
        }

        if (_table.IsAbsoluteJump(op) || _table.IsRelativeJump(op))
        {
            return "to L" + _labels[instruction.JumpTarget!.Value];
        }

        if (Is(instruction, "LOAD_FAST_LOAD_FAST") || Is(instruction, "STORE_FAST_LOAD_FAST")
            || Is(instruction, "STORE_FAST_STORE_FAST"))
        {
            return LocalPlus(arg >> 4) + ", " + LocalPlus(arg & 15);
        }

        if (_table.HasLocal(op) || _table.HasFree(op))
        {
            return LocalPlus(arg);
        }

        if (_table.HasCompare(op))
        {
            var compare = Compare(arg >> 5);
            return (arg & 16) != 0 ? $"bool({compare})" : compare;
        }

        return Other313(instruction, arg);
    }

    private string Other313(Instruction instruction, int arg)
    {
        if (Is(instruction, "CONVERT_VALUE"))
        {
            return ConvertValueNames[arg];
        }

        if (Is(instruction, "SET_FUNCTION_ATTRIBUTE"))
        {
            return Flags(arg);
        }

        if (Is(instruction, "BINARY_OP"))
        {
            return BinaryOp(arg);
        }

        if (Is(instruction, "CALL_INTRINSIC_1"))
        {
            return Intrinsic1[arg];
        }

        return Is(instruction, "CALL_INTRINSIC_2") ? Intrinsic2[arg] : "";
    }

    private string NameWithNull313(Instruction instruction, int arg)
    {
        if (Is(instruction, "LOAD_GLOBAL"))
        {
            var name = Name(arg / 2);
            return (arg & 1) != 0 ? name + " + NULL" : name;
        }

        if (Is(instruction, "LOAD_ATTR"))
        {
            var name = Name(arg / 2);
            return (arg & 1) != 0 ? name + " + NULL|self" : name;
        }

        if (Is(instruction, "LOAD_SUPER_ATTR"))
        {
            var name = Name(arg / 4);
            return (arg & 1) != 0 ? name + " + NULL|self" : name;
        }

        return Name(arg);
    }
}
