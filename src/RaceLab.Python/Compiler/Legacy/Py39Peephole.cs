using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// 3.9's Python/peephole.c over finished wordcode: constant conditions, tuple folding, jump threading,
/// dead code after RETURN_VALUE; the gaps become NOPs that are then squeezed out, with jumps and
/// co_lnotab remapped. It bails out (code unchanged) where CPython does.
/// </summary>
internal sealed partial class Py39Peephole
{
    private readonly byte[] _ops;
    private readonly byte[] _args;
    private readonly int _length;
    private readonly List<Constant> _consts;
    private readonly List<byte> _lnotab;
    private readonly byte _nop;
    private readonly byte _extendedArg;
    private readonly byte _loadConst;
    private readonly byte _buildTuple;
    private readonly byte _unpackSequence;
    private readonly byte _rotTwo;
    private readonly byte _rotThree;
    private readonly byte _returnValue;
    private readonly byte _setupFinally;
    private readonly byte _reraise;
    private readonly byte _jumpForward;
    private readonly byte _jumpAbsolute;
    private readonly byte _popJumpIfFalse;
    private readonly byte _popJumpIfTrue;
    private readonly byte _jumpIfFalseOrPop;
    private readonly byte _jumpIfTrueOrPop;
    private readonly byte _forIter;
    private readonly byte _setupWith;
    private readonly byte _jumpIfNotExcMatch;
    private readonly byte _setupAsyncWith;
    private int[] _blocks = [];

    public Py39Peephole(LegacyOpcodes opcodes, byte[] ops, byte[] args, List<Constant> consts, List<byte> lnotab)
    {
        _ops = (byte[])ops.Clone();
        _args = (byte[])args.Clone();
        _length = ops.Length;
        _consts = consts;
        _lnotab = lnotab;
        _nop = opcodes.Number(LegacyOp.Nop);
        _extendedArg = opcodes.Number(LegacyOp.ExtendedArg);
        _loadConst = opcodes.Number(LegacyOp.LoadConst);
        _buildTuple = opcodes.Number(LegacyOp.BuildTuple);
        _unpackSequence = opcodes.Number(LegacyOp.UnpackSequence);
        _rotTwo = opcodes.Number(LegacyOp.RotTwo);
        _rotThree = opcodes.Number(LegacyOp.RotThree);
        _returnValue = opcodes.Number(LegacyOp.ReturnValue);
        _setupFinally = opcodes.Number(LegacyOp.SetupFinally);
        _reraise = opcodes.Number(LegacyOp.Reraise);
        _jumpForward = opcodes.Number(LegacyOp.JumpForward);
        _jumpAbsolute = opcodes.Number(LegacyOp.JumpAbsolute);
        _popJumpIfFalse = opcodes.Number(LegacyOp.PopJumpIfFalse);
        _popJumpIfTrue = opcodes.Number(LegacyOp.PopJumpIfTrue);
        _jumpIfFalseOrPop = opcodes.Number(LegacyOp.JumpIfFalseOrPop);
        _jumpIfTrueOrPop = opcodes.Number(LegacyOp.JumpIfTrueOrPop);
        _forIter = opcodes.Number(LegacyOp.ForIter);
        _setupWith = opcodes.Number(LegacyOp.SetupWith);
        _jumpIfNotExcMatch = opcodes.Table["JUMP_IF_NOT_EXC_MATCH"];
        _setupAsyncWith = opcodes.Table["SETUP_ASYNC_WITH"];
        OriginalOps = ops;
        OriginalArgs = args;
    }

    private byte[] OriginalOps { get; }

    private byte[] OriginalArgs { get; }

    public (ImmutableArray<byte> Code, ImmutableArray<byte> Lnotab) Run()
    {
        var unchanged = (WordCode.Interleave(OriginalOps, OriginalArgs, _length).ToImmutableArray(), _lnotab.ToImmutableArray());

        // A byte-offset gap above 255 (several lnotab entries): CPython leaves the code alone.
        for (var i = 0; i < _lnotab.Count; i += 2)
        {
            if (_lnotab[i] == 255)
            {
                return unchanged;
            }
        }

        _blocks = MarkBlocks();
        Optimize();
        var lnotab = RemapLnotab();
        var code = RemoveNops();
        return code is null ? unchanged : (code.Value, lnotab);
    }

    private bool IsConditionalJump(byte op) =>
        op == _popJumpIfFalse || op == _popJumpIfTrue || op == _jumpIfFalseOrPop || op == _jumpIfTrueOrPop;

    private bool IsUnconditionalJump(byte op) => op == _jumpAbsolute || op == _jumpForward;

    private bool IsAbsoluteJump(byte op) => op == _jumpAbsolute || IsConditionalJump(op) || op == _jumpIfNotExcMatch;

    private bool JumpsOnTrue(byte op) => op == _popJumpIfTrue || op == _jumpIfTrueOrPop;

    private bool IsRelativeJumpOp(byte op) =>
        op == _forIter || op == _jumpForward || op == _setupFinally || op == _setupWith || op == _setupAsyncWith;

    private bool SameBlock(int start, int end) => _blocks[start] == _blocks[end];

    private int FindOp(int i)
    {
        while (i < _length && _ops[i] == _extendedArg)
        {
            i++;
        }

        return i;
    }

    private int GetArg(int i)
    {
        var arg = (int)_args[i];
        for (var k = 1; k <= 3 && i - k >= 0 && _ops[i - k] == _extendedArg; k++)
        {
            arg |= _args[i - k] << (8 * k);
        }

        return arg;
    }

    private int JumpTarget(int i) => (GetArg(i) / 2) + (IsAbsoluteJump(_ops[i]) ? 0 : i + 1);

    private void FillNops(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            _ops[k] = _nop;
            _args[k] = _nop;
        }
    }

    private int[] MarkBlocks()
    {
        var blocks = new int[_length];
        for (var i = 0; i < _length; i++)
        {
            var op = _ops[i];
            if (IsAbsoluteJump(op) || IsRelativeJumpOp(op))
            {
                blocks[JumpTarget(i)] = 1;
            }
        }

        var count = 0;
        for (var i = 0; i < _length; i++)
        {
            count += blocks[i];
            blocks[i] = count;
        }

        return blocks;
    }
}
