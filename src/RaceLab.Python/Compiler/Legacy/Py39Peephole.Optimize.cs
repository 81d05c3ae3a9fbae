using System.Collections.Immutable;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class Py39Peephole
{
    private void Optimize()
    {
        // Runs of consecutive LOAD_CONSTs, for folding BUILD_TUPLE.
        var constRun = 0;
        for (var i = FindOp(0); i < _length;)
        {
            var opcode = _ops[i];
            var opStart = i;
            while (opStart >= 1 && _ops[opStart - 1] == _extendedArg)
            {
                opStart--;
            }

            var nexti = i + 1;
            while (nexti < _length && _ops[nexti] == _extendedArg)
            {
                nexti++;
            }

            var nextop = nexti < _length ? _ops[nexti] : (byte)0;
            var lastRun = constRun;
            constRun = 0;

            if (opcode == _loadConst)
            {
                constRun = lastRun + 1;
                if (nextop == _popJumpIfFalse && SameBlock(opStart, i + 1) && ConstantTruth.IsTrue(_consts[GetArg(i)]))
                {
                    FillNops(opStart, nexti + 1);
                    constRun = 0;
                }
            }
            else if (opcode == _buildTuple)
            {
                FoldTupleOrSwap(i, opStart, nexti, nextop, lastRun);
            }
            else if (opcode == _jumpIfFalseOrPop || opcode == _jumpIfTrueOrPop)
            {
                if (!ThreadConditionalJump(i, opcode, ref nexti))
                {
                    ThreadJump(i, opStart, opcode);
                }
            }
            else if (opcode == _popJumpIfFalse || opcode == _popJumpIfTrue || IsUnconditionalJump(opcode))
            {
                ThreadJump(i, opStart, opcode);
            }
            else if (opcode == _returnValue)
            {
                nexti = RemoveAfterReturn(i, nexti);
            }

            i = nexti;
        }
    }

    private void FoldTupleOrSwap(int i, int opStart, int nexti, byte nextop, int lastRun)
    {
        var j = GetArg(i);
        if (j > 0 && lastRun >= j)
        {
            var h = LastConstStart(opStart, j);
            if (SameBlock(h, opStart))
            {
                FoldTuple(h, i + 1, j);
                return;
            }
        }

        if (nextop != _unpackSequence || !SameBlock(opStart, i + 1) || j != GetArg(nexti))
        {
            return;
        }

        if (j < 2)
        {
            FillNops(opStart, nexti + 1);
        }
        else if (j == 2)
        {
            _ops[opStart] = _rotTwo;
            _args[opStart] = 0;
            FillNops(opStart + 1, nexti + 1);
        }
        else if (j == 3)
        {
            _ops[opStart] = _rotThree;
            _args[opStart] = 0;
            _ops[opStart + 1] = _rotTwo;
            _args[opStart + 1] = 0;
            FillNops(opStart + 2, nexti + 1);
        }
    }

    private int LastConstStart(int i, int n)
    {
        while (true)
        {
            i--;
            if (_ops[i] == _loadConst && --n == 0)
            {
                while (i > 0 && _ops[i - 1] == _extendedArg)
                {
                    i--;
                }

                return i;
            }
        }
    }

    private void FoldTuple(int start, int end, int n)
    {
        var items = ImmutableArray.CreateBuilder<Constant>(n);
        for (int k = 0, pos = start; k < n; k++, pos++)
        {
            pos = FindOp(pos);
            items.Add(_consts[GetArg(pos)]);
        }

        _consts.Add(new TupleConstant(items.MoveToImmutable()));
        CopyOpArg(start, _loadConst, _consts.Count - 1, end);
    }

    /// <summary>copy_op_arg: writes op/arg at the end of [i, max), NOPs before it; false when it does not fit.</summary>
    private bool CopyOpArg(int i, byte op, int arg, int max)
    {
        var size = WordCode.Size(arg);
        if (i + size > max)
        {
            return false;
        }

        WordCode.Write(_ops, _args, max - size, _extendedArg, op, arg, size);
        FillNops(i, max - size);
        return true;
    }

    /// <summary>set_arg: replaces the argument in place if it fits; the new op index, or -1.</summary>
    private int SetArg(int i, int arg)
    {
        var current = GetArg(i);
        if (current == arg)
        {
            return i;
        }

        var currentSize = WordCode.Size(current);
        var newSize = WordCode.Size(arg);
        if (currentSize < newSize)
        {
            return -1;
        }

        WordCode.Write(_ops, _args, i + 1 - currentSize, _extendedArg, _ops[i], arg, newSize);
        FillNops(i + 1 - currentSize + newSize, i + 1);
        return i - currentSize + newSize;
    }

    /// <summary>x: JUMP_IF_X_OR_POP y where y is another conditional jump; true when rewritten.</summary>
    private bool ThreadConditionalJump(int i, byte opcode, ref int nexti)
    {
        var target = FindOp(GetArg(i) / 2);
        var j = _ops[target];
        if (!IsConditionalJump(j))
        {
            return false;
        }

        int h;
        if (JumpsOnTrue(j) == JumpsOnTrue(opcode))
        {
            h = SetArg(i, GetArg(target));
        }
        else
        {
            h = SetArg(i, (target + 1) * 2);
            j = opcode == _jumpIfTrueOrPop ? _popJumpIfTrue : _popJumpIfFalse;
        }

        if (h < 0)
        {
            return false;
        }

        nexti = h;
        _ops[nexti] = j;
        return true;
    }

    private void ThreadJump(int i, int opStart, byte opcode)
    {
        var target = FindOp(JumpTarget(i));
        if (IsUnconditionalJump(opcode) && _ops[target] == _returnValue)
        {
            _ops[opStart] = _returnValue;
            _args[opStart] = 0;
            FillNops(opStart + 1, i + 1);
            return;
        }

        if (!IsUnconditionalJump(_ops[target]))
        {
            return;
        }

        var j = JumpTarget(target);
        if (opcode == _jumpForward)
        {
            opcode = _jumpAbsolute;
        }
        else if (!IsAbsoluteJump(opcode))
        {
            if (j < i + 1)
            {
                return;
            }

            j -= i + 1;
        }

        CopyOpArg(opStart, opcode, j * 2, i + 1);
    }

    private int RemoveAfterReturn(int i, int nexti)
    {
        var h = i + 1;
        while (h < _length && SameBlock(i, h))
        {
            // SETUP_FINALLY and RERAISE stay to mark block limits.
            if (_ops[h] == _setupFinally || _ops[h] == _reraise)
            {
                while (h > i + 1 && _ops[h - 1] == _extendedArg)
                {
                    h--;
                }

                break;
            }

            h++;
        }

        if (h > i + 1)
        {
            FillNops(i + 1, h);
            return FindOp(h);
        }

        return nexti;
    }
}
