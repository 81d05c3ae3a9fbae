using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Finds the read-modify-write windows of shared state in one code object — globals, module names, closure
/// cells, attributes (<c>self.value</c>) and items (<c>counts[key]</c>): a load (or a membership test), then
/// the straight-line path (fall-through, unconditional forward jumps followed) to the next store of the same
/// location, never across a backward jump, a return or a raise. The store must write a value computed from
/// the load (read-modify-write) or be guarded by a test of it (check-then-act).
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

        var symbols = OperandSymbols.Compute(code, instructions);
        var windows = new List<UpdateWindow>();
        var covered = new HashSet<int>();
        for (var a = 0; a < instructions.Count; a++)
        {
            if (covered.Contains(a) || Shared(code, instructions, symbols, a, load: true) is not { } variable)
            {
                continue;
            }

            if (Path(code, instructions, symbols, index, a, variable) is not { } path)
            {
                continue;
            }

            var flow = ValueFlow.Of(code.Version, instructions, path);

            // A guarded store of a constant (`running = False` inside `while running:`) is idempotent: two
            // threads both storing it agree, so it is not counted as check-then-act.
            var checkThenAct = flow == StoreFlow.GuardedByLoad && !StoresConstant(instructions[path[^1]], symbols.Inputs(path[^1]));
            if (flow == StoreFlow.GuardedByLoad && !checkThenAct)
            {
                continue;
            }

            if (flow == StoreFlow.Independent || (variable.Kind == LocationKind.Item && instructions[a].OpName == "CONTAINS_OP" && !checkThenAct))
            {
                continue;
            }

            foreach (var k in path)
            {
                if (Shared(code, instructions, symbols, k, load: true) == variable)
                {
                    covered.Add(k);
                }
            }

            var load = instructions[a];
            var store = instructions[path[^1]];
            var inside = Inside(instructions, path, checkPoints);
            var lockRegion = locks.FirstOrDefault(l => l.Start <= load.Offset && store.Offset < l.End);
            var verdict = WindowVerdicts.For(code.Version, variable.Name, variable.Kind, checkThenAct, inside, callees, lockRegion);
            windows.Add(new UpdateWindow(variable.Name, load, store, inside, lockRegion, verdict) { Kind = variable.Kind, CheckThenAct = checkThenAct });
        }

        return windows;
    }

    private static List<int>? Path(
        CodeObject code, IReadOnlyList<Instruction> instructions, OperandSymbols symbols, Dictionary<int, int> index, int start, SharedName variable)
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
            if (Shared(code, instructions, symbols, j, load: false) == variable)
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

    /// <summary>The shared location an instruction loads (or tests) or stores, or null.</summary>
    private static SharedName? Shared(CodeObject code, IReadOnlyList<Instruction> instructions, OperandSymbols symbols, int at, bool load)
    {
        var instruction = instructions[at];
        var inputs = symbols.Inputs(at);
        var isGlobal = load
            ? instruction.OpName is "LOAD_GLOBAL" or "LOAD_NAME"
            : instruction.OpName is "STORE_GLOBAL" or "STORE_NAME";
        var isCell = load ? instruction.OpName is "LOAD_DEREF" : instruction.OpName is "STORE_DEREF";
        if (isGlobal || isCell)
        {
            return new SharedName(CalleeResolver.VariableName(code, instruction), isCell ? LocationKind.Cell : LocationKind.Global);
        }

        return (load, instruction.OpName) switch
        {
            (true, "LOAD_ATTR") when code.Version < PythonVersion.Py312 || ((instruction.Arg ?? 0) & 1) == 0 =>
                Attribute(symbols, inputs[0], CalleeResolver.VariableName(code, instruction)),
            (false, "STORE_ATTR") => Attribute(symbols, inputs[1], CalleeResolver.VariableName(code, instruction)),
            (true, "BINARY_SUBSCR") => Item(symbols, inputs[0], inputs[1]),
            (true, "CONTAINS_OP") => Item(symbols, inputs[1], inputs[0]),
            (false, "STORE_SUBSCR") => Item(symbols, inputs[1], inputs[2]),
            (true, "CALL_METHOD" or "CALL") => DictGet(symbols, inputs),
            _ => null,
        };
    }

    /// <summary><c>d.get(k, ...)</c>: a method call whose callable is X.get reads the item X[k].</summary>
    private static SharedName? DictGet(OperandSymbols symbols, string?[] inputs)
    {
        if (inputs.Length < 3 || inputs[0] is not { } method || inputs[1] != method || !method.EndsWith(".get", StringComparison.Ordinal))
        {
            return null;
        }

        return Item(symbols, method[..^4], inputs[2]);
    }

    private static SharedName? Attribute(OperandSymbols symbols, string? owner, string attribute) =>
        owner is null || symbols.PrivateLocals.Contains(Root(owner)) ? null : new SharedName($"{owner}.{attribute}", LocationKind.Attribute);

    private static SharedName? Item(OperandSymbols symbols, string? container, string? key) =>
        container is null || key is null || symbols.PrivateLocals.Contains(Root(container)) ? null : new SharedName($"{container}[{key}]", LocationKind.Item);

    private static bool StoresConstant(Instruction store, string?[] inputs)
    {
        var value = store.OpName switch
        {
            "STORE_ATTR" when inputs.Length == 2 => inputs[0],
            "STORE_SUBSCR" when inputs.Length == 3 => inputs[0],
            _ when inputs.Length == 1 => inputs[0],
            _ => null,
        };
        return value is not null && OperandSymbols.IsConstant(value);
    }

    private static string Root(string symbol) => symbol.Split('.', '[')[0];

    private sealed record SharedName(string Name, LocationKind Kind);
}
