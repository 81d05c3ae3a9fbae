namespace RaceLab.Python.Disassembly;

/// <summary>3.11 (Lib/dis.py of 3.11.7).</summary>
internal sealed partial class ArgumentDescriber
{
    private string Describe311(Instruction instruction, int arg)
    {
        var op = instruction.Opcode;
        if (_table.HasConst(op))
        {
            // 3.11 only dereferences LOAD_CONST; KW_NAMES shows its bare index.
            return Is(instruction, "LOAD_CONST") ? Constant(arg) : "";
        }

        if (_table.HasName(op))
        {
            if (Is(instruction, "LOAD_GLOBAL"))
            {
                var name = Name(arg / 2);
                return (arg & 1) != 0 ? "NULL + " + name : name;
            }

            return Name(arg);
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
            return Compare(arg);
        }

        if (Is(instruction, "FORMAT_VALUE"))
        {
            return FormatValue(arg);
        }

        if (Is(instruction, "MAKE_FUNCTION"))
        {
            return Flags(arg);
        }

        return Is(instruction, "BINARY_OP") ? BinaryOp(arg) : "";
    }
}
