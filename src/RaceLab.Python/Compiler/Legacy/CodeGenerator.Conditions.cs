using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_jump_if: jump to <paramref name="next"/> when the test's truth equals <paramref name="condition"/>.</summary>
    private void JumpIf(Expression test, BasicBlock next, bool condition)
    {
        if (!Is39 && test is CompareNode)
        {
            // 3.10 moves to a comparison's line and stays there: the jump and what follows share it.
            _unit.Line = test.Span.Line;
        }

        switch (test)
        {
            case UnaryOpNode { Op: UnaryOperator.Not } not:
                JumpIf(not.Operand, next, !condition);
                return;
            case BoolOpNode boolOp:
                {
                    var isOr = boolOp.Op == BoolOperator.Or;
                    var next2 = isOr != condition ? _unit.NewBlock() : next;
                    for (var i = 0; i < boolOp.Values.Length - 1; i++)
                    {
                        JumpIf(boolOp.Values[i], next2, isOr);
                    }

                    JumpIf(boolOp.Values[^1], next, condition);
                    if (next2 != next)
                    {
                        _unit.UseNextBlock(next2);
                    }

                    return;
                }

            case IfExpNode ifExp:
                {
                    var end = _unit.NewBlock();
                    var next2 = _unit.NewBlock();
                    JumpIf(ifExp.Test, next2, condition: false);
                    JumpIf(ifExp.Body, next, condition);
                    _unit.EmitJumpNoLine(LegacyOp.JumpForward, end);
                    _unit.UseNextBlock(next2);
                    JumpIf(ifExp.OrElse, next, condition);
                    _unit.UseNextBlock(end);
                    return;
                }

            case CompareNode compare when compare.Ops.Length > 1:
                ChainedCompareJump(compare, next, condition);
                return;
        }

        VisitExpression(test);
        JumpAndNextBlock(condition ? LegacyOp.PopJumpIfTrue : LegacyOp.PopJumpIfFalse, next);
    }

    private void ChainedCompareJump(CompareNode compare, BasicBlock next, bool condition)
    {
        var n = compare.Ops.Length - 1;
        var cleanup = _unit.NewBlock();
        VisitExpression(compare.Left);
        for (var i = 0; i < n; i++)
        {
            VisitExpression(compare.Comparators[i]);
            _unit.Emit(LegacyOp.DupTop);
            _unit.Emit(LegacyOp.RotThree);
            EmitCompare(compare.Ops[i]);
            _unit.EmitJump(LegacyOp.PopJumpIfFalse, cleanup);
            _unit.NextBlock();
        }

        VisitExpression(compare.Comparators[n]);
        EmitCompare(compare.Ops[n]);
        JumpAndNextBlock(condition ? LegacyOp.PopJumpIfTrue : LegacyOp.PopJumpIfFalse, next);
        var end = _unit.NewBlock();
        _unit.EmitJumpNoLine(LegacyOp.JumpForward, end);
        _unit.UseNextBlock(cleanup);
        _unit.Emit(LegacyOp.PopTop);
        if (!condition)
        {
            _unit.EmitJumpNoLine(LegacyOp.JumpForward, next);
        }

        _unit.UseNextBlock(end);
    }

    private void BoolOp(BoolOpNode node)
    {
        var jump = node.Op == BoolOperator.And ? LegacyOp.JumpIfFalseOrPop : LegacyOp.JumpIfTrueOrPop;
        var end = _unit.NewBlock();
        for (var i = 0; i < node.Values.Length - 1; i++)
        {
            VisitExpression(node.Values[i]);
            _unit.EmitJump(jump, end);
            if (!Is39)
            {
                _unit.UseNextBlock(_unit.NewBlock());
            }
        }

        VisitExpression(node.Values[^1]);
        _unit.UseNextBlock(end);
    }

    private void Compare(CompareNode node)
    {
        VisitExpression(node.Left);
        var n = node.Ops.Length - 1;
        if (n == 0)
        {
            VisitExpression(node.Comparators[0]);
            EmitCompare(node.Ops[0]);
            return;
        }

        var cleanup = _unit.NewBlock();
        for (var i = 0; i < n; i++)
        {
            VisitExpression(node.Comparators[i]);
            _unit.Emit(LegacyOp.DupTop);
            _unit.Emit(LegacyOp.RotThree);
            EmitCompare(node.Ops[i]);
            _unit.EmitJump(LegacyOp.JumpIfFalseOrPop, cleanup);
            _unit.NextBlock();
        }

        VisitExpression(node.Comparators[n]);
        EmitCompare(node.Ops[n]);
        var end = _unit.NewBlock();
        _unit.EmitJumpNoLine(LegacyOp.JumpForward, end);
        _unit.UseNextBlock(cleanup);
        _unit.Emit(LegacyOp.RotTwo);
        _unit.Emit(LegacyOp.PopTop);
        _unit.UseNextBlock(end);
    }
}
