namespace RaceLab.Python.Disassembly;

/// <summary>3.11-3.13: RESUME, backward jumps and calls (bytecodes.c's CHECK_EVAL_BREAKER / _CHECK_PERIODIC).</summary>
public static partial class CheckPoints
{
    private static void AtModern(PythonVersion version, Instruction instruction, Callee callee, List<CheckPoint> points)
    {
        var name = instruction.OpName;
        switch (name)
        {
            // oparg 0 is the function start, 1 after a yield; 2 and 3 (after yield from / await) do not poll.
            case "RESUME" or "RESUME_CHECK" when (instruction.Arg ?? 0) < 2:
                points.Add(Point(instruction, CheckPointKind.FrameEntry, true, $"{name}: frame entry polls"));
                break;
            case "JUMP_BACKWARD" when version >= PythonVersion.Py313:
                points.Add(Point(instruction, CheckPointKind.BeforeJump, true, $"{name} polls before jumping back"));
                break;
            case "JUMP_BACKWARD":
                points.Add(Point(instruction, CheckPointKind.BackwardJump, true, $"after {name} (a backward edge)"));
                break;
            case "POP_JUMP_BACKWARD_IF_FALSE" or "POP_JUMP_BACKWARD_IF_TRUE" or "POP_JUMP_BACKWARD_IF_NONE"
                or "POP_JUMP_BACKWARD_IF_NOT_NONE":
                points.Add(Point(instruction, CheckPointKind.WhenJumpTaken, true, $"after {name}, when the jump is taken"));
                break;
            case "CALL" or "CALL_KW" or "CALL_FUNCTION_EX":
                // A Python callee is entered without a poll at the call; its RESUME polls. Returning does not.
                AddCallPoints(version, instruction, callee, pollsAfterReturn: false, points);
                break;
            default:
                break;
        }
    }
}
