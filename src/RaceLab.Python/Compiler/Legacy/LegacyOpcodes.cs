using System.Text;
using RaceLab.Python.Bytecode.Opcodes;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>One release's numbering of <see cref="LegacyOp"/> and the jump properties the assembler needs.</summary>
internal sealed class LegacyOpcodes
{
    private static readonly LegacyOpcodes Py39 = new(PythonVersion.Py39);
    private static readonly LegacyOpcodes Py310 = new(PythonVersion.Py310);
    private readonly byte[] _numbers;

    private LegacyOpcodes(PythonVersion version)
    {
        Version = version;
        Table = OpcodeTable.For(version);
        var ops = Enum.GetValues<LegacyOp>();
        _numbers = new byte[ops.Length];
        foreach (var op in ops)
        {
            // GEN_START exists in 3.10 only; 3.9 never emits it.
            _numbers[(int)op] = Table.TryGet(CPythonName(op), out var number) ? number : (byte)0;
        }
    }

    public PythonVersion Version { get; }

    public OpcodeTable Table { get; }

    public static LegacyOpcodes For(PythonVersion version) => version switch
    {
        PythonVersion.Py39 => Py39,
        PythonVersion.Py310 => Py310,
        _ => throw new ArgumentOutOfRangeException(nameof(version), "the legacy compiler covers 3.9 and 3.10"),
    };

    public byte Number(LegacyOp op) => _numbers[(int)op];

    public static bool IsJump(LegacyOp op) => IsRelativeJump(op) || IsAbsoluteJump(op);

    public static bool IsRelativeJump(LegacyOp op) =>
        op is LegacyOp.ForIter or LegacyOp.JumpForward or LegacyOp.SetupFinally or LegacyOp.SetupWith;

    public static bool IsAbsoluteJump(LegacyOp op) =>
        op is LegacyOp.JumpAbsolute or LegacyOp.PopJumpIfFalse or LegacyOp.PopJumpIfTrue
            or LegacyOp.JumpIfFalseOrPop or LegacyOp.JumpIfTrueOrPop or LegacyOp.JumpIfNotExcMatch;

    public static bool IsUnconditionalJump(LegacyOp op) => op is LegacyOp.JumpAbsolute or LegacyOp.JumpForward;

    /// <summary>Instructions after which control never falls through to the next one.</summary>
    public static bool EndsFlow(LegacyOp op) =>
        op is LegacyOp.JumpAbsolute or LegacyOp.JumpForward or LegacyOp.ReturnValue
            or LegacyOp.RaiseVarargs or LegacyOp.Reraise;

    public static string CPythonName(LegacyOp op)
    {
        var name = op.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}
