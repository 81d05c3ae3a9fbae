namespace RaceLab.Python.Disassembly;

/// <summary>3.9 and 3.10 (Lib/dis.py of 3.9.18 and 3.10.13).</summary>
internal sealed partial class ArgumentDescriber
{
    private string DescribeLegacy(Instruction instruction, int arg)
    {
        var op = instruction.Opcode;
        if (_table.HasConst(op))
        {
            return Constant(arg);
        }

        if (_table.HasName(op))
        {
            return Name(arg);
        }

        if (_table.IsAbsoluteJump(op))
        {
            // 3.9 prints no target for absolute jumps; 3.10 added "(to N)".
            return _code.Version == PythonVersion.Py39 ? "" : JumpTo(instruction);
        }

        if (_table.IsRelativeJump(op))
        {
            return JumpTo(instruction);
        }

        if (_table.HasLocal(op))
        {
            return _code.VarNames[arg];
        }

        if (_table.HasCompare(op))
        {
            return Compare(arg);
        }

        if (_table.HasFree(op))
        {
            return _cellNames[arg];
        }

        if (Is(instruction, "FORMAT_VALUE"))
        {
            return FormatValue(arg);
        }

        return Is(instruction, "MAKE_FUNCTION") ? Flags(arg) : "";
    }
}
