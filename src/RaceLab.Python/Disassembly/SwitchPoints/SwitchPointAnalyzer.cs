using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Where a CPython release may hand the GIL to another thread (<see cref="CheckPoints"/>), which
/// read-modify-write windows of shared variables a check point splits, and whether a lock protects them.
/// </summary>
public static class SwitchPointAnalyzer
{
    /// <summary>Analyses <paramref name="module"/> and every code object nested in it (functions, comprehensions).</summary>
    public static SwitchPointReport Analyze(CodeObject module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var functionNames = CalleeResolver.FunctionNames(module);
        var results = new List<CodeSwitchPoints>();
        Visit(module, functionNames, results);

        // Module-level code runs on the main thread alone: its windows matter only for state some function
        // (code another thread may run) also names.
        var namedByFunctions = module.NestedCode.SelectMany(Descendants).SelectMany(c => c.Names.Concat(c.FreeVars)).ToHashSet(StringComparer.Ordinal);
        results[0] = results[0] with { Windows = [.. results[0].Windows.Where(w => namedByFunctions.Contains(Root(w.Variable)))] };
        return new SwitchPointReport(module.Version, results);
    }

    private static IEnumerable<CodeObject> Descendants(CodeObject code) => [code, .. code.NestedCode.SelectMany(Descendants)];

    private static string Root(string variable) => variable.Split('.', '[')[0];

    /// <summary>Analyses one code object; <paramref name="functionNames"/> are the names bound to Python functions.</summary>
    public static CodeSwitchPoints AnalyzeCode(CodeObject code, IReadOnlySet<string> functionNames)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(functionNames);
        var instructions = InstructionDecoder.Decode(code);
        var resolver = new CalleeResolver(code, instructions, functionNames);
        var callees = new Dictionary<int, Callee>();
        var checkPoints = new Dictionary<int, IReadOnlyList<CheckPoint>>();
        for (var i = 0; i < instructions.Count; i++)
        {
            var callee = Callee.Unknown;
            if (StackEffects.IsCall(instructions[i].OpName))
            {
                callee = resolver.Resolve(i);
                callees[instructions[i].Offset] = callee;
            }

            var points = CheckPoints.At(code.Version, instructions, i, callee);
            if (points.Count > 0)
            {
                checkPoints[instructions[i].Offset] = points;
            }
        }

        var locks = LockRegions.Find(code, instructions);
        var windows = WindowFinder.Find(code, instructions, checkPoints, callees, locks);
        return new CodeSwitchPoints(code, instructions, checkPoints, callees, locks, windows);
    }

    private static void Visit(CodeObject code, IReadOnlySet<string> functionNames, List<CodeSwitchPoints> results)
    {
        results.Add(AnalyzeCode(code, functionNames));
        foreach (var nested in code.NestedCode)
        {
            Visit(nested, functionNames, results);
        }
    }
}
