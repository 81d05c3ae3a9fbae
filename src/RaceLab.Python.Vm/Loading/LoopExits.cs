using System.Runtime.CompilerServices;

namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// For each backward jump of a code object that closes (or continues) a while loop, where the loop exits:
/// the instruction after the last backward jump to the same head. CPython lays every while loop out that
/// way on 3.9–3.13 (the exit, or the loop's else block, follows the closing jump). -1 for any other
/// instruction, and for jumps back to FOR_ITER (for-loops end when their iterator does).
/// </summary>
internal static class LoopExits
{
    private static readonly ConditionalWeakTable<CompiledCode, int[]> Cache = [];

    public static int[] Of(CompiledCode code) => Cache.GetValue(code, Compute);

    private static int[] Compute(CompiledCode code)
    {
        var instructions = code.Code;
        var lastJumpTo = new Dictionary<int, int>();
        for (var pc = 0; pc < instructions.Length; pc++)
        {
            if (IsBackwardJump(instructions, pc))
            {
                lastJumpTo[instructions[pc].Arg] = pc;
            }
        }

        var exits = new int[instructions.Length];
        Array.Fill(exits, -1);
        for (var pc = 0; pc < instructions.Length; pc++)
        {
            if (IsBackwardJump(instructions, pc) && instructions[instructions[pc].Arg].Op != Op.ForIter)
            {
                var exit = lastJumpTo[instructions[pc].Arg] + 1;
                exits[pc] = exit < instructions.Length ? exit : -1;
            }
        }

        return exits;
    }

    private static bool IsBackwardJump(Instr[] instructions, int pc) =>
        instructions[pc].Op is Op.Jump or Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone or Op.PopJumpIfNotNone
        && instructions[pc].Arg <= pc;
}
