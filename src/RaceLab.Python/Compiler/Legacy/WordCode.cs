namespace RaceLab.Python.Compiler.Legacy;

/// <summary>Wordcode helpers (Python/wordcode_helpers.h): code units of (opcode, 8-bit argument).</summary>
internal static class WordCode
{
    /// <summary>Code units an instruction with <paramref name="arg"/> needs, EXTENDED_ARG prefixes included.</summary>
    public static int Size(int arg) => (uint)arg switch
    {
        <= 0xff => 1,
        <= 0xffff => 2,
        <= 0xffffff => 3,
        _ => 4,
    };

    /// <summary>write_op_arg: <paramref name="units"/> code units at <paramref name="at"/>, prefixes first.</summary>
    public static void Write(byte[] ops, byte[] args, int at, byte extendedArg, byte opcode, int arg, int units)
    {
        for (var k = units - 1; k >= 1; k--)
        {
            ops[at] = extendedArg;
            args[at] = (byte)((uint)arg >> (8 * k));
            at++;
        }

        ops[at] = opcode;
        args[at] = (byte)arg;
    }

    public static byte[] Interleave(byte[] ops, byte[] args, int count)
    {
        var code = new byte[count * 2];
        for (var i = 0; i < count; i++)
        {
            code[2 * i] = ops[i];
            code[(2 * i) + 1] = args[i];
        }

        return code;
    }
}
