using System.Runtime.CompilerServices;
using RaceLab.Python.Vm.Loading;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Which fast locals are live (may be read before being written again) at each instruction of a code object,
/// by backward dataflow over its control flow. State keys leave dead locals out, so states that differ only
/// in a value nobody will read again are one state (SPIN's dead variable reduction): after
/// <c>count = value + 1</c>, the stale <c>value</c> no longer multiplies the states. Exception handlers are
/// successors of every instruction they cover, and locals that live in cells are always live, so the
/// analysis errs towards live.
/// </summary>
internal static class LiveLocals
{
    private static readonly ConditionalWeakTable<CompiledCode, ulong[]?> Cache = [];

    /// <summary>Whether the local in <paramref name="slot"/> may still be read at <paramref name="pc"/>.</summary>
    public static bool IsLive(CompiledCode code, int pc, int slot)
    {
        var live = Cache.GetValue(code, Compute);
        return live is null || slot >= 64 || pc >= live.Length || (live[pc] & (1UL << slot)) != 0;
    }

    /// <summary>Per pc, a bit per local (null: the code object is not analysed, everything counts as live).</summary>
    private static ulong[]? Compute(CompiledCode code)
    {
        var locals = code.Source.VarNames.Length;
        if (locals == 0 || locals > 64)
        {
            return null;
        }

        var candidates = locals == 64 ? ulong.MaxValue : (1UL << locals) - 1;
        foreach (var slot in code.CellArgSlots.Where(s => s >= 0))
        {
            candidates &= ~(1UL << slot);
        }

        var instructions = code.Code;
        foreach (var ins in instructions)
        {
            if (ins.Op is Op.MakeCell or Op.LoadClosure or Op.LoadDeref or Op.StoreDeref && ins.Arg < 64)
            {
                candidates &= ~(1UL << ins.Arg);
            }
        }

        var live = Solve(code, Transfer);

        // Locals outside the analysis are always live.
        for (var pc = 0; pc < live.Length; pc++)
        {
            live[pc] |= ~candidates;
        }

        return live;
    }

    /// <summary>
    /// Backward dataflow to a fixed point: per pc, a bit per variable that some path from there reads before
    /// writing (what <paramref name="transfer"/> makes of the bits live after each instruction).
    /// </summary>
    internal static ulong[] Solve(CompiledCode code, Func<Instr, ulong, ulong> transfer)
    {
        var instructions = code.Code;
        var successors = Successors(code);
        var live = new ulong[instructions.Length + 1];
        for (var changed = true; changed;)
        {
            changed = false;
            for (var pc = instructions.Length - 1; pc >= 0; pc--)
            {
                ulong after = 0;
                foreach (var next in successors[pc])
                {
                    after |= live[next];
                }

                var before = transfer(instructions[pc], after);
                if (before != live[pc])
                {
                    live[pc] = before;
                    changed = true;
                }
            }
        }

        return live;
    }

    /// <summary>Live before an instruction, from live after it (uses added, definitions removed).</summary>
    private static ulong Transfer(Instr ins, ulong after)
    {
        var a = ins.Arg;
        return ins.Op switch
        {
            Op.LoadFast => after | Bit(a),
            Op.LoadFastAndClear => after | Bit(a),
            Op.LoadFastLoadFast => after | Bit(a >> 4) | Bit(a & 15),
            Op.StoreFast or Op.DeleteFast => after & ~Bit(a),
            Op.StoreFastStoreFast => after & ~Bit(a >> 4) & ~Bit(a & 15),
            Op.StoreFastLoadFast => (after | Bit(a & 15)) & ~Bit(a >> 4),
            _ => after,
        };
    }

    private static ulong Bit(int slot) => slot < 64 ? 1UL << slot : 0;

    /// <summary>Each instruction's successors: jumps, fall-through, and the handlers covering it.</summary>
    internal static List<int>[] Successors(CompiledCode code)
    {
        var instructions = code.Code;
        var end = instructions.Length;
        var successors = new List<int>[end];
        for (var pc = 0; pc < end; pc++)
        {
            var ins = instructions[pc];
            successors[pc] = ins.Op switch
            {
                Op.Jump => [ins.Arg],
                Op.ReturnValue or Op.ReturnConst or Op.RaiseVarargs or Op.Reraise => [],
                Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop
                    or Op.JumpIfTrueOrPop or Op.ForIter or Op.SetupFinally or Op.SetupWith => [pc + 1, ins.Arg],
                _ => [pc + 1],
            };
        }

        // An exception anywhere in a protected range may continue at its handler: 3.11+ exception table
        // entries, and 3.9/3.10 blocks from their SETUP_* to the handler they name.
        foreach (var entry in code.ExceptionTable)
        {
            for (var pc = entry.Start; pc < Math.Min(entry.End, end); pc++)
            {
                successors[pc].Add(entry.Target);
            }
        }

        for (var setup = 0; setup < end; setup++)
        {
            if (instructions[setup].Op is Op.SetupFinally or Op.SetupWith)
            {
                for (var pc = setup + 1; pc < Math.Min(instructions[setup].Arg, end); pc++)
                {
                    successors[pc].Add(instructions[setup].Arg);
                }
            }
        }

        foreach (var list in successors)
        {
            list.RemoveAll(next => next < 0 || next > end);
        }

        return successors;
    }
}
