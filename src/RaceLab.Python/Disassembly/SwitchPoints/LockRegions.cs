using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Finds where a code object holds a lock: the body of each <c>with X:</c> block (3.9/3.10 from SETUP_WITH to
/// its POP_BLOCK, 3.11+ the exception-table range that unwinds into the with handler), and the code between
/// <c>X.acquire()</c> and the next <c>X.release()</c>.
/// </summary>
internal static class LockRegions
{
    public static IReadOnlyList<LockRegion> Find(CodeObject code, IReadOnlyList<Instruction> instructions)
    {
        var regions = new List<LockRegion>();
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction.OpName is "SETUP_WITH" && WithBlockEnd39(instructions, i) is { } end)
            {
                regions.Add(new LockRegion(LockName(code, instructions, i - 1), instruction.NextOffset, end, "with"));
            }
            else if (instruction.OpName is "BEFORE_WITH" && WithBody(code, instruction) is { } body)
            {
                regions.Add(new LockRegion(LockName(code, instructions, i - 1), body.Start, body.End, "with"));
            }
        }

        AddAcquireRelease(code, instructions, regions);
        return regions;
    }

    // The POP_BLOCK that closes this SETUP_WITH's block (blocks nest; 3.9/3.10 only).
    private static int? WithBlockEnd39(IReadOnlyList<Instruction> instructions, int setup)
    {
        var depth = 1;
        for (var j = setup + 1; j < instructions.Count; j++)
        {
            var name = instructions[j].OpName;
            if (name is "SETUP_FINALLY" or "SETUP_WITH" or "SETUP_ASYNC_WITH")
            {
                depth++;
            }
            else if (name == "POP_BLOCK" && --depth == 0)
            {
                return instructions[j].Offset;
            }
        }

        return null;
    }

    // 3.11+: the body is covered by exception-table entries that start right after BEFORE_WITH and unwind to
    // the with statement's handler; a body may be split into several entries with that same target.
    private static (int Start, int End)? WithBody(CodeObject code, Instruction beforeWith)
    {
        var entries = ExceptionTable.Parse(code);
        var first = entries.FirstOrDefault(e => e.Start == beforeWith.NextOffset);
        if (first is null)
        {
            return null;
        }

        var end = entries.Where(e => e.Target == first.Target && e.Start >= first.Start).Max(e => e.End);
        return (first.Start, end);
    }

    private static void AddAcquireRelease(CodeObject code, IReadOnlyList<Instruction> instructions, List<LockRegion> regions)
    {
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < instructions.Count; i++)
        {
            if (instructions[i].OpName is not ("LOAD_METHOD" or "LOAD_ATTR") || i == 0)
            {
                continue;
            }

            var method = CalleeResolver.VariableName(code, instructions[i]);
            var lockName = LockName(code, instructions, i - 1);
            if (method == "acquire")
            {
                open[lockName] = instructions[i].Offset;
            }
            else if (method == "release" && open.Remove(lockName, out var start))
            {
                regions.Add(new LockRegion(lockName, start, instructions[i].Offset, "acquire/release"));
            }
        }
    }

    private static string LockName(CodeObject code, IReadOnlyList<Instruction> instructions, int index)
    {
        if (index < 0)
        {
            return "?";
        }

        var producer = instructions[index];
        return producer.OpName switch
        {
            "LOAD_GLOBAL" or "LOAD_NAME" or "LOAD_FAST" or "LOAD_DEREF" => CalleeResolver.VariableName(code, producer),
            "LOAD_ATTR" => LockName(code, instructions, index - 1) + "." + CalleeResolver.VariableName(code, producer),
            _ => "?",
        };
    }
}
