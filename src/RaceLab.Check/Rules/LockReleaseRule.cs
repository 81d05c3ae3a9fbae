using RaceLab.Check.Analysis;
using RaceLab.Check.Findings;
using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Rules;

/// <summary>
/// RL202: <c>lock.acquire()</c> followed by a <c>lock.release()</c> on some paths to the function's return
/// but not on another (an early return, a branch that forgets it). Only normal control flow is followed: an
/// exception path is the business of try/finally. A function that never releases (it hands the lock to its
/// caller) is left alone.
/// </summary>
internal sealed class LockReleaseRule : IModuleRule
{
    private static readonly HashSet<string> UnconditionalJumps =
        ["JUMP_FORWARD", "JUMP_ABSOLUTE", "JUMP", "JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "JUMP_NO_INTERRUPT"];

    private static readonly HashSet<string> Returns = ["RETURN_VALUE", "RETURN_CONST"];

    private static readonly HashSet<string> Ends = ["RAISE_VARARGS", "RERAISE"];

    public IReadOnlyList<CheckRule> Reports { get; } = [RuleCatalog.LockReleasedOnOnePath];

    public IEnumerable<Finding> Check(ModuleAnalysis module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var seen = new HashSet<(string, SourceLocation, SourceLocation)>();
        foreach (var report in module.Reports.OrderBy(r => r.Key).Select(r => r.Value))
        {
            foreach (var code in report.CodeObjects)
            {
                foreach (var finding in Leaks(module, code).Where(f => seen.Add(f.Key)))
                {
                    yield return finding.Finding;
                }
            }
        }
    }

    private static IEnumerable<((string, SourceLocation, SourceLocation) Key, Finding Finding)> Leaks(ModuleAnalysis module, CodeSwitchPoints code)
    {
        var instructions = code.Instructions;
        var lines = new CodeLines(code.Code);
        for (var i = 0; i < instructions.Count; i++)
        {
            if (Method(code, i) is not ("acquire", { } lockName))
            {
                continue;
            }

            var (released, leak) = Walk(code, i, lockName);
            if (!released || leak is not { } exit)
            {
                continue;
            }

            var acquire = module.Source.Statement(lines.At(instructions[i].Offset));
            var leave = module.Source.Statement(lines.At(instructions[exit].Offset));
            var function = code.Code.Name == "<module>" ? "the module" : $"`{code.Code.Name}()`";
            var message = $"`{lockName}` is acquired here and released on some paths, but not when {function} returns at line {leave.Line}: " +
                "the thread leaves holding it and every other thread that waits for it blocks forever";
            yield return ((lockName, acquire, leave), new Finding(RuleCatalog.LockReleasedOnOnePath, module.Path, acquire, message,
                module.Targets, [new RelatedLocation(leave, $"returns still holding `{lockName}`")]));
        }
    }

    // Follows every normal path from the acquire: true when some path meets the release, and the first return reached without it.
    private static (bool Released, int? Leak) Walk(CodeSwitchPoints code, int start, string lockName)
    {
        var instructions = code.Instructions;
        var index = instructions.Select((ins, k) => (ins.Offset, k)).ToDictionary(p => p.Offset, p => p.k);
        var released = false;
        int? leak = null;
        var visited = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(start + 1);
        while (pending.Count > 0)
        {
            var k = pending.Pop();
            if (k >= instructions.Count || !visited.Add(k))
            {
                continue;
            }

            var instruction = instructions[k];
            if (Method(code, k) is ("release", var name) && name == lockName)
            {
                released = true;
                continue;
            }

            if (Returns.Contains(instruction.OpName))
            {
                leak ??= k;
                continue;
            }

            if (Ends.Contains(instruction.OpName))
            {
                continue;
            }

            if (instruction.JumpTarget is { } target && index.TryGetValue(target, out var targetIndex))
            {
                pending.Push(targetIndex);
            }

            if (!UnconditionalJumps.Contains(instruction.OpName))
            {
                pending.Push(k + 1);
            }
        }

        return (released, leak);
    }

    private static (string? Method, string? Lock) Method(CodeSwitchPoints code, int k)
    {
        var instruction = code.Instructions[k];
        return instruction.OpName is "LOAD_METHOD" or "LOAD_ATTR"
            ? (InstructionNames.Of(code.Code, instruction), InstructionNames.Receiver(code.Code, code.Instructions, k))
            : (null, null);
    }
}
