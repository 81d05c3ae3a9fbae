using System.Runtime.CompilerServices;

namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// For each backward jump of a code object that closes or continues a while loop: which loop it belongs
/// to and where that loop exits when its condition turns false. A loop is the set of its backward jumps:
/// the closing one and every <c>continue</c>. They can target different heads (3.11+ test the condition
/// at the top and again at the bottom, and a <c>continue</c> jumps to the top test while the closing jump
/// goes to the body), so jumps whose spans overlap without nesting are one loop. The exit is the
/// instruction after the loop's last jump in straight-line code: CPython lays every while loop out that
/// way on 3.9–3.13 (the exit, or the else block, follows the closing jump). Jumps in exception handlers,
/// which 3.11+ place after the function's code, take their loop from the head they jump to. For any other
/// instruction, and for jumps back to FOR_ITER (for-loops end when their iterator does), no loop.
/// </summary>
internal static class LoopExits
{
    private static readonly ConditionalWeakTable<CompiledCode, Loops> Cache = [];

    /// <summary>
    /// Per backward jump: the while loop's exit and its key (its lowest head), or -1 for both; and for every
    /// backward jump, for-loops' too, where its loop's code ends (its last backward jump).
    /// </summary>
    public sealed record Loops(int[] Exit, int[] Key, int[] End);

    public static Loops Of(CompiledCode code) => Cache.GetValue(code, Compute);

    private static Loops Compute(CompiledCode code)
    {
        var instructions = code.Code;
        var straight = ReachableWithoutExceptions(instructions);
        var edges = new List<(int From, int Head)>();
        for (var pc = 0; pc < instructions.Length; pc++)
        {
            if (IsBackwardJump(instructions, pc) && instructions[instructions[pc].Arg].Op != Op.ForIter && straight[pc])
            {
                edges.Add((pc, instructions[pc].Arg));
            }
        }

        var group = Enumerable.Range(0, edges.Count).ToArray();
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (var i = 0; i < edges.Count; i++)
        {
            for (var j = 0; j < edges.Count; j++)
            {
                var (a, b) = (edges[i], edges[j]);
                var overlapping = a.Head < b.Head && b.Head <= a.From && a.From < b.From;
                if (a.Head == b.Head || overlapping)
                {
                    group[Find(i)] = Find(j);
                }
            }
        }

        var loops = new Dictionary<int, (int Head, int Last)>();
        for (var i = 0; i < edges.Count; i++)
        {
            var root = Find(i);
            var (head, last) = loops.TryGetValue(root, out var known) ? known : (int.MaxValue, -1);
            loops[root] = (Math.Min(head, edges[i].Head), Math.Max(last, edges[i].From));
        }

        var exit = new int[instructions.Length];
        var key = new int[instructions.Length];
        Array.Fill(exit, -1);
        Array.Fill(key, -1);
        for (var i = 0; i < edges.Count; i++)
        {
            var (head, last) = loops[Find(i)];
            exit[edges[i].From] = last + 1 < instructions.Length ? last + 1 : -1;
            key[edges[i].From] = head;
        }

        // A handler's jump back (3.11+: after a with block's __exit__ swallowed the exception) belongs to the
        // innermost loop spanning its head.
        for (var pc = 0; pc < instructions.Length; pc++)
        {
            if (!IsBackwardJump(instructions, pc) || straight[pc] || instructions[instructions[pc].Arg].Op == Op.ForIter)
            {
                continue;
            }

            var target = instructions[pc].Arg;
            var inner = loops.Values.Where(l => l.Head <= target && target <= l.Last).OrderBy(l => l.Last - l.Head).FirstOrDefault((Head: -1, Last: -1));
            if (inner.Last >= 0 && inner.Last + 1 < instructions.Length)
            {
                exit[pc] = inner.Last + 1;
                key[pc] = inner.Head;
            }
        }

        // Where each backward jump's loop ends: its while loop's last jump, or the last jump to the same head.
        var end = new int[instructions.Length];
        var lastTo = new Dictionary<int, int>();
        for (var pc = 0; pc < instructions.Length; pc++)
        {
            if (IsBackwardJump(instructions, pc))
            {
                lastTo[instructions[pc].Arg] = pc;
            }
        }

        for (var pc = 0; pc < instructions.Length; pc++)
        {
            end[pc] = !IsBackwardJump(instructions, pc) ? -1
                : exit[pc] >= 0 ? exit[pc] - 1
                : lastTo[instructions[pc].Arg];
        }

        return new Loops(exit, key, end);
    }

    /// <summary>Instructions reached from the entry through jumps and fall-through alone (not handlers).</summary>
    private static bool[] ReachableWithoutExceptions(Instr[] instructions)
    {
        var reached = new bool[instructions.Length];
        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.TryPop(out var pc))
        {
            if (pc < 0 || pc >= instructions.Length || reached[pc])
            {
                continue;
            }

            reached[pc] = true;
            var ins = instructions[pc];
            switch (ins.Op)
            {
                case Op.Jump:
                    pending.Push(ins.Arg);
                    break;
                case Op.ReturnValue or Op.ReturnConst or Op.RaiseVarargs or Op.Reraise:
                    break;
                case Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop
                    or Op.JumpIfTrueOrPop or Op.ForIter or Op.SetupFinally or Op.SetupWith:
                    pending.Push(ins.Arg);
                    pending.Push(pc + 1);
                    break;
                default:
                    pending.Push(pc + 1);
                    break;
            }
        }

        return reached;
    }

    private static bool IsBackwardJump(Instr[] instructions, int pc) =>
        instructions[pc].Op is Op.Jump or Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone or Op.PopJumpIfNotNone
        && instructions[pc].Arg <= pc;
}
