using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Finds the read-modify-write windows of shared variables (globals, module names, closure cells) in one
/// code object: a load, then the straight-line path (fall-through, unconditional forward jumps followed) to
/// the next store of the same variable, never across a backward jump, a return or a raise.
/// </summary>
internal static class WindowFinder
{
    public static IReadOnlyList<UpdateWindow> Find(
        CodeObject code,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyDictionary<int, IReadOnlyList<CheckPoint>> checkPoints,
        IReadOnlyDictionary<int, Callee> callees,
        IReadOnlyList<LockRegion> locks)
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < instructions.Count; i++)
        {
            index[instructions[i].Offset] = i;
        }

        var windows = new List<UpdateWindow>();
        var covered = new HashSet<int>();
        for (var a = 0; a < instructions.Count; a++)
        {
            if (covered.Contains(a) || SharedVariable(code, instructions[a], load: true) is not { } variable)
            {
                continue;
            }

            if (Path(code, instructions, index, a, variable) is not { } path
                || !ValueFlow.StoreDependsOnLoad(code.Version, instructions, path))
            {
                continue;
            }

            foreach (var k in path)
            {
                if (SharedVariable(code, instructions[k], load: true) == variable)
                {
                    covered.Add(k);
                }
            }

            var load = instructions[a];
            var store = instructions[path[^1]];
            var inside = Inside(instructions, path, checkPoints);
            var lockRegion = locks.FirstOrDefault(l => l.Start <= load.Offset && store.Offset < l.End);
            var verdict = WindowVerdicts.For(code.Version, variable.Name, inside, callees, lockRegion);
            windows.Add(new UpdateWindow(variable.Name, load, store, inside, lockRegion, verdict));
        }

        return windows;
    }

    private static List<int>? Path(
        CodeObject code, IReadOnlyList<Instruction> instructions, Dictionary<int, int> index, int start, SharedName variable)
    {
        var path = new List<int> { start };
        var visited = new HashSet<int> { start };
        var j = start;
        while (true)
        {
            var current = instructions[j];
            if (current.OpName is "JUMP_FORWARD" or "JUMP_ABSOLUTE" or "JUMP" && current.JumpTarget is { } target
                && target > current.Offset && index.TryGetValue(target, out var targetIndex))
            {
                j = targetIndex;
            }
            else
            {
                j++;
            }

            if (j >= instructions.Count || !visited.Add(j))
            {
                return null;
            }

            var next = instructions[j];
            path.Add(j);
            if (SharedVariable(code, next, load: false) == variable)
            {
                return path;
            }

            if (next.JumpTarget is { } back && back <= next.Offset)
            {
                return null;
            }

            if (next.OpName is "RETURN_VALUE" or "RETURN_CONST" or "RAISE_VARARGS" or "RERAISE" or "YIELD_VALUE")
            {
                return null;
            }
        }
    }

    // Check points strictly inside: after (or during) the load, anything at the instructions between, and a
    // poll that comes before the store itself.
    private static List<CheckPoint> Inside(
        IReadOnlyList<Instruction> instructions, List<int> path, IReadOnlyDictionary<int, IReadOnlyList<CheckPoint>> checkPoints)
    {
        var inside = new List<CheckPoint>();
        for (var p = 0; p < path.Count; p++)
        {
            if (!checkPoints.TryGetValue(instructions[path[p]].Offset, out var points))
            {
                continue;
            }

            foreach (var point in points)
            {
                var first = p == 0;
                var last = p == path.Count - 1;
                if ((first && point.IsBefore) || (last && !point.IsBefore))
                {
                    continue;
                }

                inside.Add(point);
            }
        }

        return inside;
    }

    private static SharedName? SharedVariable(CodeObject code, Instruction instruction, bool load)
    {
        var isGlobal = load
            ? instruction.OpName is "LOAD_GLOBAL" or "LOAD_NAME"
            : instruction.OpName is "STORE_GLOBAL" or "STORE_NAME";
        var isCell = load ? instruction.OpName is "LOAD_DEREF" : instruction.OpName is "STORE_DEREF";
        if (!isGlobal && !isCell)
        {
            return null;
        }

        return new SharedName(CalleeResolver.VariableName(code, instruction), isCell);
    }

    private sealed record SharedName(string Name, bool IsCell);
}
