namespace RaceLab.Python.Disassembly;

/// <summary>
/// Where each CPython release polls its eval breaker (CPYTHON-GIL.md, read from each release's ceval.c /
/// bytecodes.c): the static rules, instruction by instruction. The VM applies the same rules as it runs.
/// </summary>
public static partial class CheckPoints
{
    /// <summary>
    /// The check points at <paramref name="index"/> in <paramref name="instructions"/> of a code object of
    /// <paramref name="version"/>; <paramref name="callee"/> says what a call instruction calls.
    /// </summary>
    public static IReadOnlyList<CheckPoint> At(
        PythonVersion version, IReadOnlyList<Instruction> instructions, int index, Callee callee)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        ArgumentNullException.ThrowIfNull(callee);
        var points = new List<CheckPoint>();
        switch (version)
        {
            case PythonVersion.Py39:
                At39(instructions, index, callee, points);
                break;
            case PythonVersion.Py310:
                At310(instructions, index, callee, points);
                break;
            default:
                AtModern(version, instructions[index], callee, points);
                break;
        }

        return points;
    }

    private static CheckPoint Point(Instruction instruction, CheckPointKind kind, bool polls, string description) =>
        new(instruction.Offset, instruction.OpName, kind, polls, description);

    private static void AddCallPoints(
        PythonVersion version, Instruction call, Callee callee, bool pollsAfterReturn, List<CheckPoint> points)
    {
        switch (callee.Kind)
        {
            case CalleeKind.PythonFunction:
                points.Add(Point(call, CheckPointKind.CalleeFrameEntry, true,
                    $"{call.OpName} enters the Python function {callee.Describe()}, whose frame entry polls"));
                break;
            case CalleeKind.Unknown:
                points.Add(Point(call, CheckPointKind.UnknownCallee, true,
                    $"{call.OpName} calls {callee.Describe()}: if it runs Python code, its frame entry polls"));
                break;
            case CalleeKind.NonPollingWhenSpecialized when version >= PythonVersion.Py311 && call.OpName != "CALL_FUNCTION_EX":
                points.Add(Point(call, CheckPointKind.SpecializedNoPoll, false,
                    $"{call.OpName} of {callee.Describe()} specializes after warm-up to a form that does not poll"));
                return;
            default:
                break;
        }

        if (pollsAfterReturn || callee.Kind != CalleeKind.PythonFunction)
        {
            points.Add(Point(call, CheckPointKind.AfterCallReturns, true,
                $"after {call.OpName} returns from {callee.Describe()}"));
        }
    }
}
