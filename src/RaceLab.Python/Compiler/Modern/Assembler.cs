using System.Collections.Immutable;
using RaceLab.Python.Bytecode.Opcodes;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// Turns the final instruction list into <c>co_code</c> (EXTENDED_ARG prefixes, inline CACHE units,
/// relative jump arguments), <c>co_linetable</c> and <c>co_exceptiontable</c> (Python/assemble.c).
/// </summary>
internal sealed partial class Assembler(PythonVersion version, List<Instruction> instructions, IReadOnlyDictionary<BasicBlock, int> blockStarts)
{
    private readonly OpcodeTable _table = OpcodeTable.For(version);
    private int[] _offsets = [];

    public ImmutableArray<byte> Code { get; private set; }

    public void ResolveJumps()
    {
        // 3.12+ decides the direction of an unconditional pseudo jump from the instruction order.
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            var forward = instruction.Label > i;
            instruction.Op = instruction.Op switch
            {
                Op.JUMP => forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD,
                Op.JUMP_NO_INTERRUPT => forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT,
                _ => instruction.Op,
            };

            // 3.13 sizes its first pass with each jump's argument still the target's instruction index
            // (resolve_jump_offsets after the label map), so a far index starts with an EXTENDED_ARG.
            if (version >= PythonVersion.Py313 && OpInfo.IsJump(instruction.Op))
            {
                instruction.Arg = instruction.Label;
            }
        }

        bool again;
        do
        {
            _offsets = new int[instructions.Count + 1];
            for (var i = 0; i < instructions.Count; i++)
            {
                _offsets[i + 1] = _offsets[i] + Size(instructions[i]);
            }

            again = false;
            for (var i = 0; i < instructions.Count; i++)
            {
                var instruction = instructions[i];
                if (!OpInfo.IsJump(instruction.Op))
                {
                    continue;
                }

                var before = Size(instruction);
                var end = _offsets[i + 1];
                var target = _offsets[instruction.Label];
                instruction.Arg = target < end ? end - target : target - end;
                if (target < end && !OpInfo.IsBackwardJump(instruction.Op))
                {
                    throw new InvalidOperationException($"{instruction.Op} at {_offsets[i]} jumps backward");
                }

                again |= Size(instruction) != before;
            }
        }
        while (again);
    }

    public void EmitCode()
    {
        var bytes = ImmutableArray.CreateBuilder<byte>(_offsets[^1] * 2);
        foreach (var instruction in instructions)
        {
            var opcode = _table[instruction.Op.ToString()];
            var arg = instruction.Arg;
            for (var shift = ExtendedArgs(arg) * 8; shift > 0; shift -= 8)
            {
                bytes.Add(_table["EXTENDED_ARG"]);
                bytes.Add((byte)(arg >> shift));
            }

            bytes.Add(opcode);
            bytes.Add((byte)arg);
            for (var c = 0; c < _table.CacheEntries(opcode); c++)
            {
                bytes.Add(0);
                bytes.Add(0);
            }
        }

        Code = bytes.MoveToImmutable();
    }

    private int Size(Instruction instruction) =>
        ExtendedArgs(instruction.Arg) + 1 + _table.CacheEntries(_table[instruction.Op.ToString()]);

    private static int ExtendedArgs(int arg) => (arg > 0xFFFFFF ? 1 : 0) + (arg > 0xFFFF ? 1 : 0) + (arg > 0xFF ? 1 : 0);
}
