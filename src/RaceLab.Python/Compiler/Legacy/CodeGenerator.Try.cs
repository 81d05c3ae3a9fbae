using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// compile.c's try statements for 3.9 and 3.10: SETUP_FINALLY blocks, handlers that test the exception with
/// JUMP_IF_NOT_EXC_MATCH, an "as" name cleared by an inner try/finally, and finally bodies compiled twice
/// (the normal path and the exceptional one ending in RERAISE).
/// </summary>
internal sealed partial class CodeGenerator
{
    private void Try(TryNode node)
    {
        if (node.FinalBody.Length > 0)
        {
            TryFinally(node);
        }
        else
        {
            TryExcept(node);
        }
    }

    private void TryFinally(TryNode node)
    {
        var body = _unit.NewBlock();
        var end = _unit.NewBlock();
        var exit = _unit.NewBlock();
        _unit.EmitJump(LegacyOp.SetupFinally, end);
        _unit.UseNextBlock(body);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.FinallyTry, body, end, node.Span.Line) { FinalBody = node.FinalBody });
        if (node.Handlers.Length > 0)
        {
            TryExcept(node);
        }
        else
        {
            VisitStatements(node.Body);
        }

        _unit.EmitNoLine(LegacyOp.PopBlock);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        VisitStatements(node.FinalBody);
        _unit.EmitJumpNoLine(LegacyOp.JumpForward, exit);

        _unit.UseNextBlock(end);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.FinallyEnd, end, null, node.Span.Line));
        VisitStatements(node.FinalBody);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        _unit.Emit(LegacyOp.Reraise, 0);
        _unit.UseNextBlock(exit);
    }

    private void TryExcept(TryNode node)
    {
        var body = _unit.NewBlock();
        var except = _unit.NewBlock();
        var orElse = _unit.NewBlock();
        var end = _unit.NewBlock();
        _unit.EmitJump(LegacyOp.SetupFinally, except);
        _unit.UseNextBlock(body);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.TryExcept, body, null, node.Span.Line));
        VisitStatements(node.Body);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        if (Is39)
        {
            _unit.Emit(LegacyOp.PopBlock);
            _unit.EmitJump(LegacyOp.JumpForward, orElse);
        }
        else
        {
            _unit.EmitNoLine(LegacyOp.PopBlock);
            _unit.EmitJumpNoLine(LegacyOp.JumpForward, orElse);
        }

        _unit.UseNextBlock(except);
        if (!Is39)
        {
            // The runtime pushes a block for the handler; 3.10 accounts for it.
            _frameBlocks.Add(new FrameBlock(FrameBlockKind.ExceptionHandler, null, null, node.Span.Line));
        }

        foreach (var handler in node.Handlers)
        {
            _unit.SetLine(handler.Span.Line);
            except = _unit.NewBlock();
            if (handler.Type is not null)
            {
                _unit.Emit(LegacyOp.DupTop);
                VisitExpression(handler.Type);
                _unit.EmitJump(LegacyOp.JumpIfNotExcMatch, except);
                if (!Is39)
                {
                    _unit.NextBlock();
                }
            }

            _unit.Emit(LegacyOp.PopTop);
            if (handler.Name is { } name)
            {
                NamedHandler(handler, name, end);
            }
            else
            {
                var cleanupBody = _unit.NewBlock();
                _unit.Emit(LegacyOp.PopTop);
                _unit.Emit(LegacyOp.PopTop);
                _unit.UseNextBlock(cleanupBody);
                _frameBlocks.Add(new FrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, handler.Span.Line));
                VisitStatements(handler.Body);
                _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
                if (!Is39)
                {
                    _unit.Line = -1;
                }

                _unit.Emit(LegacyOp.PopExcept);
                _unit.EmitJump(LegacyOp.JumpForward, end);
            }

            _unit.UseNextBlock(except);
        }

        if (!Is39)
        {
            _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
            _unit.Line = -1;
        }

        _unit.Emit(LegacyOp.Reraise, 0);
        _unit.UseNextBlock(orElse);
        VisitStatements(node.OrElse);
        _unit.UseNextBlock(end);
    }

    /// <summary>except T as name: the body runs in a try/finally that clears the name (name = None; del name).</summary>
    private void NamedHandler(ExceptHandlerNode handler, string name, BasicBlock end)
    {
        var cleanupEnd = _unit.NewBlock();
        var cleanupBody = _unit.NewBlock();
        NameOp(name, ExprContext.Store);
        _unit.Emit(LegacyOp.PopTop);
        _unit.EmitJump(LegacyOp.SetupFinally, cleanupEnd);
        _unit.UseNextBlock(cleanupBody);
        _frameBlocks.Add(new FrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, null, handler.Span.Line) { Name = name });
        VisitStatements(handler.Body);
        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
        if (!Is39)
        {
            _unit.Line = -1;
        }

        _unit.Emit(LegacyOp.PopBlock);
        _unit.Emit(LegacyOp.PopExcept);
        ClearName(name);
        _unit.EmitJump(LegacyOp.JumpForward, end);

        _unit.UseNextBlock(cleanupEnd);
        if (!Is39)
        {
            _unit.Line = -1;
        }

        ClearName(name);
        _unit.Emit(LegacyOp.Reraise, Is39 ? 0 : 1);
    }

    private void ClearName(string name)
    {
        _unit.EmitConst(NoneConstant.Instance);
        NameOp(name, ExprContext.Store);
        DeleteName(name);
    }

    /// <summary>compiler_visit_expr in Del context: DELETE_* for a name, DELETE_ATTR, DELETE_SUBSCR, each item of a tuple.</summary>
    private void Delete(Expression target)
    {
        switch (target)
        {
            case NameNode name:
                DeleteName(name.Id);
                break;
            case AttributeNode attribute:
                VisitExpression(attribute.Value);
                _unit.EmitName(LegacyOp.DeleteAttr, attribute.Attr);
                break;
            case SubscriptNode subscript:
                VisitExpression(subscript.Value);
                VisitExpression(subscript.Slice);
                _unit.Emit(LegacyOp.DeleteSubscr);
                break;
            case TupleNode tuple:
                tuple.Elts.ToList().ForEach(Delete);
                break;
            case ListNode list:
                list.Elts.ToList().ForEach(Delete);
                break;
        }
    }

    private void Raise(RaiseNode node)
    {
        var count = 0;
        if (node.Exc is not null)
        {
            VisitExpression(node.Exc);
            count++;
            if (node.Cause is not null)
            {
                VisitExpression(node.Cause);
                count++;
            }
        }

        _unit.Emit(LegacyOp.RaiseVarargs, count);
        if (!Is39)
        {
            _unit.NextBlock();
        }
    }
}
