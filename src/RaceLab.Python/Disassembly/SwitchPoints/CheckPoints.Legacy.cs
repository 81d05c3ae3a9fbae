using System.Collections.Frozen;

namespace RaceLab.Python.Disassembly;

/// <summary>3.9 (poll after every DISPATCH) and 3.10 (bpo-29988: calls and backward edges only).</summary>
public static partial class CheckPoints
{
    // 3.9 instructions that end in FAST_DISPATCH(): the loop skips the eval-breaker test after them.
    private static readonly FrozenSet<string> FastDispatch39 = new[]
    {
        "NOP", "LOAD_FAST", "LOAD_CONST", "STORE_FAST", "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP",
        "DUP_TOP_TWO", "END_ASYNC_FOR", "LOAD_ASSERTION_ERROR", "IS_OP", "CONTAINS_OP", "JUMP_FORWARD",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The eval loop defers pending work when the instruction about to run is one of these.
    private static readonly FrozenSet<string> DeferringNext = new[]
    {
        "SETUP_FINALLY", "SETUP_WITH", "BEFORE_ASYNC_WITH", "YIELD_FROM",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Operands produced by these are exactly True or False.
    private static readonly FrozenSet<string> BoolProducers = new[]
    {
        "COMPARE_OP", "IS_OP", "CONTAINS_OP", "UNARY_NOT",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsLegacyCall(string opName) =>
        opName is "CALL_FUNCTION" or "CALL_FUNCTION_KW" or "CALL_FUNCTION_EX" or "CALL_METHOD";

    private static void At39(IReadOnlyList<Instruction> instructions, int index, Callee callee, List<CheckPoint> points)
    {
        var instruction = instructions[index];
        AddFrameEntry(instructions, index, points);
        var name = instruction.OpName;
        if (FastDispatch39.Contains(name) || name is "RETURN_VALUE" or "YIELD_VALUE" or "RAISE_VARARGS" or "RERAISE")
        {
            return;
        }

        if (IsLegacyCall(name))
        {
            AddCallPoints(PythonVersion.Py39, instruction, callee, pollsAfterReturn: true, points);
        }
        else if (name is "POP_JUMP_IF_FALSE" or "POP_JUMP_IF_TRUE" or "JUMP_IF_FALSE_OR_POP" or "JUMP_IF_TRUE_OR_POP")
        {
            var boolOperand = index > 0 && BoolProducers.Contains(instructions[index - 1].OpName);
            points.Add(Point(instruction, CheckPointKind.AfterInstructionUnlessBool, !boolOperand, boolOperand
                ? $"{name} skips the poll: its operand ({instructions[index - 1].OpName}) is exactly True or False"
                : $"after {name} (skipped only when the operand is exactly True or False)"));
        }
        else
        {
            points.Add(Point(instruction, CheckPointKind.AfterInstruction, true, $"after {name}"));
        }

        ApplyDeferral(instructions, index, points);
    }

    private static void At310(IReadOnlyList<Instruction> instructions, int index, Callee callee, List<CheckPoint> points)
    {
        var instruction = instructions[index];
        AddFrameEntry(instructions, index, points);
        var name = instruction.OpName;
        if (IsLegacyCall(name))
        {
            AddCallPoints(PythonVersion.Py310, instruction, callee, pollsAfterReturn: true, points);
        }
        else if (name == "JUMP_ABSOLUTE")
        {
            points.Add(Point(instruction, CheckPointKind.BackwardJump, true, $"after {name} (a backward edge)"));
        }
        else if (name is "POP_JUMP_IF_FALSE" or "POP_JUMP_IF_TRUE")
        {
            points.Add(Point(instruction, CheckPointKind.WhenJumpTaken, true, $"after {name}, when the jump is taken"));
        }

        ApplyDeferral(instructions, index, points);
    }

    private static void AddFrameEntry(IReadOnlyList<Instruction> instructions, int index, List<CheckPoint> points)
    {
        if (index != 0)
        {
            return;
        }

        var first = instructions[0];
        var deferred = DeferringNext.Contains(first.OpName);
        points.Add(Point(first, deferred ? CheckPointKind.Deferred : CheckPointKind.FrameEntry, !deferred, deferred
            ? $"frame entry: the poll is deferred because the first instruction is {first.OpName}"
            : "at frame entry, before the first instruction"));
    }

    // A poll after an instruction happens at the top of the next loop iteration, which skips it when the
    // instruction about to run (the fall-through, or the target of an unconditional jump) is SETUP_WITH etc.
    private static void ApplyDeferral(IReadOnlyList<Instruction> instructions, int index, List<CheckPoint> points)
    {
        var next = NextExecuted(instructions, index, taken: points.Any(p => p.Kind is CheckPointKind.WhenJumpTaken or CheckPointKind.BackwardJump));
        if (next is null || !DeferringNext.Contains(next.OpName))
        {
            return;
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point.Polls && !point.IsBefore && !point.IsDuring)
            {
                points[i] = point with
                {
                    Kind = CheckPointKind.Deferred,
                    Polls = false,
                    Description = $"{point.Description}: deferred, the next instruction is {next.OpName}",
                };
            }
        }
    }

    private static Instruction? NextExecuted(IReadOnlyList<Instruction> instructions, int index, bool taken)
    {
        var instruction = instructions[index];
        var unconditional = instruction.OpName is "JUMP_ABSOLUTE" or "JUMP_FORWARD";
        var offset = (unconditional || taken) && instruction.JumpTarget is { } target ? target : instruction.NextOffset;
        return instructions.FirstOrDefault(i => i.Offset == offset);
    }
}
