using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void If(IfNode node)
    {
        var end = _unit.NewBlock();
        var constant = Is39 ? ConstantTruthOf(node.Test) : null;
        if (constant is { } truth)
        {
            // 3.9 compiles a constant test's dead branch without emitting it.
            CompileMaybeDead(node.Body, dead: !truth);
            CompileMaybeDead(node.OrElse, dead: truth);
            _unit.UseNextBlock(end);
            return;
        }

        var next = node.OrElse.Length > 0 ? _unit.NewBlock() : end;
        JumpIf(node.Test, next, condition: false);
        VisitStatements(node.Body);
        if (node.OrElse.Length > 0)
        {
            _unit.EmitJumpNoLine(LegacyOp.JumpForward, end);
            _unit.UseNextBlock(next);
            VisitStatements(node.OrElse);
        }

        _unit.UseNextBlock(end);
    }

    private void CompileMaybeDead(IEnumerable<Statement> statements, bool dead)
    {
        if (dead)
        {
            _unit.SuppressEmit++;
        }

        VisitStatements(statements);
        if (dead)
        {
            _unit.SuppressEmit--;
        }
    }

    private static bool? ConstantTruthOf(Expression test) =>
        test is ConstantNode constant ? ConstantTruth.IsTrue(constant.Value) : null;

    private void For(ForNode node)
    {
        var start = _unit.NewBlock();
        var body = Is39 ? null : _unit.NewBlock();
        var cleanup = _unit.NewBlock();
        var end = _unit.NewBlock();
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.ForLoop, start, end, node.Span.Line));
        VisitExpression(node.Iter);
        _unit.Emit(LegacyOp.GetIter);
        _unit.UseNextBlock(start);
        _unit.EmitJump(LegacyOp.ForIter, cleanup);
        if (body is not null)
        {
            _unit.UseNextBlock(body);
        }

        VisitExpression(node.Target);
        VisitStatements(node.Body);
        if (!Is39)
        {
            _unit.Line = -1;
        }

        _unit.EmitJump(LegacyOp.JumpAbsolute, start);
        _unit.UseNextBlock(cleanup);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        VisitStatements(node.OrElse);
        _unit.UseNextBlock(end);
    }

    private void While(WhileNode node)
    {
        if (Is39)
        {
            While39(node);
            return;
        }

        var loop = _unit.NewBlock();
        var body = _unit.NewBlock();
        var anchor = _unit.NewBlock();
        var end = _unit.NewBlock();
        _unit.UseNextBlock(loop);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.WhileLoop, loop, end, node.Span.Line));
        JumpIf(node.Test, anchor, condition: false);
        _unit.UseNextBlock(body);
        VisitStatements(node.Body);
        _unit.SetLine(node.Span.Line);
        JumpIf(node.Test, body, condition: true);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        _unit.UseNextBlock(anchor);
        VisitStatements(node.OrElse);
        _unit.UseNextBlock(end);
    }

    private void While39(WhileNode node)
    {
        var constant = ConstantTruthOf(node.Test);
        if (constant == false)
        {
            _unit.SuppressEmit++;
            _frameBlocks.Add(new FrameBlock(FrameBlockKind.WhileLoop, null, null, node.Span.Line));
            VisitStatements(node.Body);
            _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
            _unit.SuppressEmit--;
            VisitStatements(node.OrElse);
            return;
        }

        var loop = _unit.NewBlock();
        var end = _unit.NewBlock();
        var anchor = constant is null ? _unit.NewBlock() : null;
        _unit.UseNextBlock(loop);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.WhileLoop, loop, end, node.Span.Line));
        if (anchor is not null)
        {
            JumpIf(node.Test, anchor, condition: false);
        }

        VisitStatements(node.Body);
        _unit.EmitJump(LegacyOp.JumpAbsolute, loop);
        if (anchor is not null)
        {
            _unit.UseNextBlock(anchor);
        }

        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        VisitStatements(node.OrElse);
        _unit.UseNextBlock(end);
    }

    private void With(WithNode node, int position)
    {
        var item = node.Items[position];
        var block = _unit.NewBlock();
        var final = _unit.NewBlock();
        var exit = _unit.NewBlock();
        VisitExpression(item.ContextExpr);
        _unit.EmitJump(LegacyOp.SetupWith, final);
        _unit.UseNextBlock(block);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.With, block, final, node.Span.Line));
        if (item.OptionalVars is not null)
        {
            VisitExpression(item.OptionalVars);
        }
        else
        {
            _unit.Emit(LegacyOp.PopTop);
        }

        if (position + 1 == node.Items.Length)
        {
            VisitStatements(node.Body);
        }
        else
        {
            With(node, position + 1);
        }

        if (!Is39)
        {
            _unit.Line = -1;
        }

        _unit.Emit(LegacyOp.PopBlock);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        if (!Is39)
        {
            _unit.SetLine(node.Span.Line);
        }

        CallExitWithNones();
        _unit.Emit(LegacyOp.PopTop);
        _unit.EmitJump(LegacyOp.JumpForward, exit);
        _unit.UseNextBlock(final);
        _unit.Emit(LegacyOp.WithExceptStart);
        WithExceptFinish();
        _unit.UseNextBlock(exit);
    }

    private void CallExitWithNones()
    {
        _unit.EmitConst(NoneConstant.Instance);
        _unit.Emit(LegacyOp.DupTop);
        _unit.Emit(LegacyOp.DupTop);
        _unit.Emit(LegacyOp.CallFunction, 3);
    }

    private void WithExceptFinish()
    {
        var exit = _unit.NewBlock();
        _unit.EmitJump(LegacyOp.PopJumpIfTrue, exit);
        _unit.NextBlock();
        _unit.Emit(LegacyOp.Reraise, Is39 ? 0 : 1);
        _unit.UseNextBlock(exit);
        _unit.Emit(LegacyOp.PopTop);
        _unit.Emit(LegacyOp.PopTop);
        _unit.Emit(LegacyOp.PopTop);
        _unit.Emit(LegacyOp.PopExcept);
        _unit.Emit(LegacyOp.PopTop);
    }
}
