using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Analysis;

/// <summary>
/// The name an instruction loads (a global, local, or attribute/method name), for the few opcodes the lock
/// rules read. 3.11+ pack a flag into the low bit of LOAD_GLOBAL (and 3.12+ of LOAD_ATTR).
/// </summary>
internal static class InstructionNames
{
    public static string? Of(CodeObject code, Instruction instruction)
    {
        var arg = instruction.Arg ?? 0;
        var modern = code.Version >= PythonVersion.Py311;
        var (table, index) = instruction.OpName switch
        {
            "LOAD_GLOBAL" => (code.Names, modern ? arg >> 1 : arg),
            "LOAD_ATTR" => (code.Names, code.Version >= PythonVersion.Py312 ? arg >> 1 : arg),
            "LOAD_METHOD" or "LOAD_NAME" => (code.Names, arg),
            "LOAD_FAST" or "LOAD_FAST_CHECK" => (code.VarNames, arg),
            _ => (default, -1),
        };
        return index >= 0 && index < table.Length ? table[index] : null;
    }

    /// <summary>"lock" for <c>lock.acquire</c>, "self.lock" for <c>self.lock.acquire</c>: the object before a method load.</summary>
    public static string? Receiver(CodeObject code, IReadOnlyList<Instruction> instructions, int methodIndex)
    {
        if (methodIndex == 0)
        {
            return null;
        }

        var producer = instructions[methodIndex - 1];
        var name = Of(code, producer);
        if (name is null || producer.OpName == "LOAD_METHOD")
        {
            return null;
        }

        return producer.OpName == "LOAD_ATTR" && Receiver(code, instructions, methodIndex - 1) is { } owner ? $"{owner}.{name}" : name;
    }
}
