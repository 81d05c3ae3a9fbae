namespace RaceLab.Python.Disassembly;

/// <summary>3.12 (Lib/dis.py of 3.12.1).</summary>
internal sealed partial class ArgumentDescriber
{
    private string Describe312(Instruction instruction, int arg)
    {
        var op = instruction.Opcode;
        if (_table.HasConst(op))
        {
            return Constant(arg);
        }

        if (_table.HasName(op))
        {
            return NameWithNull312(instruction, arg);
        }

        if (_table.IsAbsoluteJump(op) || _table.IsRelativeJump(op))
        {
            return JumpTo(instruction);
        }

        if (_table.HasLocal(op) || _table.HasFree(op))
        {
            return LocalPlus(arg);
        }

        if (_table.HasCompare(op))
        {
            return Compare(arg >> 4);
        }

        if (Is(instruction, "FORMAT_VALUE"))
        {
            return FormatValue(arg);
        }

        if (Is(instruction, "MAKE_FUNCTION"))
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

    private string NameWithNull312(Instruction instruction, int arg)
    {
        if (Is(instruction, "LOAD_GLOBAL"))
        {
            var name = Name(arg / 2);
            return (arg & 1) != 0 ? "NULL + " + name : name;
        }

        if (Is(instruction, "LOAD_ATTR"))
        {
            var name = Name(arg / 2);
            return (arg & 1) != 0 ? "NULL|self + " + name : name;
        }

        if (Is(instruction, "LOAD_SUPER_ATTR"))
        {
            var name = Name(arg / 4);
            return (arg & 1) != 0 ? "NULL|self + " + name : name;
        }

        return Name(arg);
    }
}
