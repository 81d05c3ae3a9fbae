using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void EmitCompareOp(CompareOperator op, SourceLocation loc)
    {
        switch (op)
        {
            case CompareOperator.Is or CompareOperator.IsNot:
                Emit(Op.IS_OP, op == CompareOperator.IsNot ? 1 : 0, loc);
                return;
            case CompareOperator.In or CompareOperator.NotIn:
                Emit(Op.CONTAINS_OP, op == CompareOperator.NotIn ? 1 : 0, loc);
                return;
            default:
                break;
        }

        // Py_LT .. Py_GE, and the 3.12+ mask of outcomes the comparison accepts.
        var (cmp, mask) = op switch
        {
            CompareOperator.Lt => (0, 2),
            CompareOperator.LtE => (1, 10),
            CompareOperator.Eq => (2, 8),
            CompareOperator.NotEq => (3, 7),
            CompareOperator.Gt => (4, 4),
            _ => (5, 12),
        };
        var arg = _version switch
        {
            PythonVersion.Py311 => cmp,
            PythonVersion.Py312 => (cmp << 4) | mask,
            _ => (cmp << 5) | mask,
        };
        Emit(Op.COMPARE_OP, arg, loc);
    }

    private void Compare(CompareNode compare, SourceLocation loc)
    {
        Expression(compare.Left);
        var n = compare.Ops.Length - 1;
        if (n == 0)
        {
            Expression(compare.Comparators[0]);
            EmitCompareOp(compare.Ops[0], loc);
            return;
        }

        var cleanup = NewLabel();
        for (var i = 0; i < n; i++)
        {
            Expression(compare.Comparators[i]);
            Emit(Op.SWAP, 2, loc);
            Emit(Op.COPY, 2, loc);
            EmitCompareOp(compare.Ops[i], loc);
            if (Is311)
            {
                EmitJump(Op.JUMP_IF_FALSE_OR_POP, cleanup, loc);
            }
            else
            {
                Emit(Op.COPY, 1, loc);
                if (AtLeast313)
                {
                    Emit(Op.TO_BOOL, loc);
                }

                EmitJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
                Emit(Op.POP_TOP, loc);
            }
        }

        Expression(compare.Comparators[n]);
        EmitCompareOp(compare.Ops[n], loc);
        var end = NewLabel();
        EmitJump(SyntheticJump, end, SourceLocation.None);
        UseLabel(cleanup);
        Emit(Op.SWAP, 2, loc);
        Emit(Op.POP_TOP, loc);
        UseLabel(end);
    }

    private void BoolOp(BoolOpNode boolOp, SourceLocation loc)
    {
        var end = NewLabel();
        var values = boolOp.Values;
        var isAnd = boolOp.Op == BoolOperator.And;
        for (var i = 0; i < values.Length - 1; i++)
        {
            Expression(values[i]);
            if (Is311)
            {
                EmitJump(isAnd ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end, loc);
                Graph.UseLabel(NewLabel());
                continue;
            }

            Emit(Op.COPY, 1, loc);
            if (AtLeast313)
            {
                Emit(Op.TO_BOOL, loc);
            }

            EmitJump(isAnd ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE, end, loc);
            Emit(Op.POP_TOP, loc);
        }

        Expression(values[^1]);
        UseLabel(end);
    }

    /// <summary>
    /// CPython's compiler_jump_if: jumps to <paramref name="next"/> when the test's truth equals
    /// <paramref name="cond"/>. <paramref name="loc"/> is where 3.11's current location stands; 3.11
    /// leaves it on a comparison it tested, which the returned location reflects.
    /// </summary>
    private SourceLocation JumpIf(Expression e, int next, bool cond, SourceLocation loc)
    {
        if (Is311 && e is CompareNode)
        {
            loc = Loc(e);
        }

        switch (e)
        {
            case UnaryOpNode { Op: UnaryOperator.Not } not:
                return JumpIf(not.Operand, next, !cond, loc);
            case BoolOpNode boolOp:
                {
                    var cond2 = boolOp.Op == BoolOperator.Or;
                    var next2 = next;
                    if (cond2 != cond)
                    {
                        next2 = NewLabel();
                    }

                    for (var i = 0; i < boolOp.Values.Length - 1; i++)
                    {
                        loc = JumpIf(boolOp.Values[i], next2, cond2, loc);
                    }

                    loc = JumpIf(boolOp.Values[^1], next, cond, loc);
                    if (next2 != next)
                    {
                        UseLabel(next2);
                    }

                    return loc;
                }

            case IfExpNode ifExp:
                {
                    var end = NewLabel();
                    var next2 = NewLabel();
                    loc = JumpIf(ifExp.Test, next2, false, loc);
                    loc = JumpIf(ifExp.Body, next, cond, loc);
                    EmitJump(SyntheticJump, end, SourceLocation.None);
                    UseLabel(next2);
                    loc = JumpIf(ifExp.OrElse, next, cond, loc);
                    UseLabel(end);
                    return loc;
                }

            case CompareNode compare when compare.Ops.Length > 1:
                {
                    var at = Is311 ? loc : Loc(e);
                    var cleanup = NewLabel();
                    Expression(compare.Left);
                    var n = compare.Ops.Length - 1;
                    for (var i = 0; i < n; i++)
                    {
                        Expression(compare.Comparators[i]);
                        Emit(Op.SWAP, 2, at);
                        Emit(Op.COPY, 2, at);
                        EmitCompareOp(compare.Ops[i], at);
                        if (AtLeast313)
                        {
                            Emit(Op.TO_BOOL, at);
                        }

                        EmitJump(Op.POP_JUMP_IF_FALSE, cleanup, at);
                    }

                    Expression(compare.Comparators[n]);
                    EmitCompareOp(compare.Ops[n], at);
                    if (AtLeast313)
                    {
                        Emit(Op.TO_BOOL, at);
                    }

                    EmitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, at);
                    var end = NewLabel();
                    EmitJump(SyntheticJump, end, SourceLocation.None);
                    UseLabel(cleanup);
                    Emit(Op.POP_TOP, at);
                    if (!cond)
                    {
                        EmitJump(SyntheticJump, next, SourceLocation.None);
                    }

                    UseLabel(end);
                    return loc;
                }

            default:
                break;
        }

        Expression(e);
        var jumpLoc = Is311 ? loc : Loc(e);
        if (AtLeast313)
        {
            Emit(Op.TO_BOOL, jumpLoc);
        }

        EmitJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, jumpLoc);
        return loc;
    }
}
