using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Splits <c>co_code</c> into instructions exactly as each release's <c>dis._unpack_opargs</c> and
/// <c>findlabels</c> do (argument folding, cache skipping, jump-target arithmetic).
/// </summary>
public static class InstructionDecoder
{
    // dis relies on C int being 32 bits: EXTENDED_ARG chains wrap to negative numbers (3.11+).
    private const long IntOverflow = 1L << 31;

    public static IReadOnlyList<Instruction> Decode(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var version = code.Version;
        var table = OpcodeTable.For(version);
        var bytes = code.Code;
        var extendedArgOp = table["EXTENDED_ARG"];
        var result = new List<Instruction>(bytes.Length / 2);
        long extendedArg = 0;
        var caches = 0;
        var extendedArgCount = 0;
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (caches > 0)
            {
                caches--;
                continue;
            }

            var op = bytes[i];
            caches = version.HasInlineCaches() ? table.CacheEntries(op) : 0;
            int? arg = null;
            if (HasArgument(table, op))
            {
                var value = bytes[i + 1] | extendedArg;
                extendedArg = op == extendedArgOp ? value << 8 : 0;
                if (version.HasInlineCaches() && extendedArg >= IntOverflow)
                {
                    extendedArg -= 2 * IntOverflow;
                }

                arg = (int)value;
            }
            else if (version != PythonVersion.Py39)
            {
                // 3.9 forgets to reset the prefix after an argument-less instruction; 3.10+ resets it.
                extendedArg = 0;
            }

            var startOffset = op == extendedArgOp ? i : i - (2 * extendedArgCount);
            extendedArgCount = op == extendedArgOp ? extendedArgCount + 1 : 0;
            result.Add(new Instruction(i, op, table.Name(op), arg, caches)
            {
                StartOffset = startOffset,
                JumpTarget = arg is { } a ? JumpTarget(table, op, a, i) : null,
            });
        }

        return result;
    }

    /// <summary>Where a jump goes, per release: 3.9 byte arguments, 3.10+ code units, 3.11+ backward
    /// jumps, 3.12+ targets measured from after the instruction's caches.</summary>
    internal static int? JumpTarget(OpcodeTable table, byte op, int arg, int offset)
    {
        var version = table.Version;
        var unit = version == PythonVersion.Py39 ? 1 : 2;
        if (table.IsRelativeJump(op))
        {
            var signed = IsBackwardJump(table, op) ? -arg : arg;
            var target = offset + 2 + (signed * unit);
            if (version >= PythonVersion.Py312)
            {
                target += 2 * table.CacheEntries(op);
            }

            return target;
        }

        return table.IsAbsoluteJump(op) ? arg * unit : null;
    }

    /// <summary>
    /// <c>dis.hasarg</c>: every opcode from HAVE_ARGUMENT up, except that 3.13 numbers WITH_EXCEPT_START
    /// (44) and the instrumented opcodes without an argument inside that range.
    /// </summary>
    public static bool HasArgument(OpcodeTable table, byte op)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (op < table.HaveArgument)
        {
            return false;
        }

        return table.Version < PythonVersion.Py313
            || table.Name(op) is not ("WITH_EXCEPT_START" or "INSTRUMENTED_END_FOR" or "INSTRUMENTED_END_SEND"
                or "INSTRUMENTED_RETURN_VALUE" or "INSTRUMENTED_CALL_FUNCTION_EX" or "INSTRUMENTED_INSTRUCTION"
                or "INSTRUMENTED_LINE");
    }

    internal static bool IsBackwardJump(OpcodeTable table, byte op)
    {
        var name = table.Name(op);
        return table.Version switch
        {
            PythonVersion.Py39 or PythonVersion.Py310 => false,
            PythonVersion.Py313 => name is "JUMP_BACKWARD" or "JUMP_BACKWARD_NO_INTERRUPT",
            _ => name.Contains("JUMP_BACKWARD", StringComparison.Ordinal),
        };
    }
}
