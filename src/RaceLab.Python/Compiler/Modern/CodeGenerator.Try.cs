using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// compile.c's try statements for 3.11-3.13: SETUP_FINALLY / SETUP_CLEANUP pseudo instructions that become the
/// exception table, PUSH_EXC_INFO and CHECK_EXC_MATCH in the handlers, an "as" name cleared by an inner
/// cleanup, finally bodies compiled twice (normal path, and the exceptional one ending in RERAISE).
/// </summary>
internal sealed partial class CodeGenerator
{
    /// <summary>The location of the statement being compiled (3.11's u_loc after SET_LOC).</summary>
    private SourceLocation _statementLoc;

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
        var loc = Loc(node);
        var none = SourceLocation.None;
        var body = NewLabel();
        var end = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        EmitJump(Op.SETUP_FINALLY, end, loc);
        UseLabel(body);
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.FinallyTry, body, end, loc) { FinalBody = node.FinalBody });
        if (node.Handlers.Length > 0)
        {
            TryExcept(node);
        }
        else
        {
            Statements(node.Body);
        }

        Emit(Op.POP_BLOCK, none);
        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        Statements(node.FinalBody);
        EmitJump(SyntheticJump, exit, none);

        UseLabel(end);
        EmitJump(Op.SETUP_CLEANUP, cleanup, none);
        Emit(Op.PUSH_EXC_INFO, none);
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.FinallyEnd, end, -1, none));
        Statements(node.FinalBody);
        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        // 3.11 raises again at the location of the last statement compiled (its u_loc); later releases give it none.
        var reraise = Is311 ? _statementLoc : none;
        Emit(Op.RERAISE, 0, reraise);
        UseLabel(cleanup);
        PopExceptAndReraise(reraise);
        UseLabel(exit);
    }

    private void TryExcept(TryNode node)
    {
        var loc = Loc(node);
        var none = SourceLocation.None;
        var body = NewLabel();
        var except = NewLabel();
        var end = NewLabel();
        var cleanup = NewLabel();
        EmitJump(Op.SETUP_FINALLY, except, loc);
        UseLabel(body);
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.TryExcept, body, -1, loc));
        Statements(node.Body);
        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        Emit(Op.POP_BLOCK, none);
        Statements(node.OrElse);
        EmitJump(SyntheticJump, end, none);

        UseLabel(except);
        EmitJump(Op.SETUP_CLEANUP, cleanup, none);
        Emit(Op.PUSH_EXC_INFO, none);

        // The runtime pushes a block for the handler; the compiler accounts for it.
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.ExceptionHandler, -1, -1, loc));
        foreach (var handler in node.Handlers)
        {
            var handlerLoc = Loc(handler);
            except = NewLabel();
            if (handler.Type is not null)
            {
                Expression(handler.Type);
                Emit(Op.CHECK_EXC_MATCH, handlerLoc);
                EmitJump(Op.POP_JUMP_IF_FALSE, except, handlerLoc);
            }

            if (handler.Name is { } name)
            {
                NamedHandler(handler, name, handlerLoc, end);
            }
            else
            {
                var cleanupBody = NewLabel();
                Emit(Op.POP_TOP, handlerLoc);
                UseLabel(cleanupBody);
                _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, -1, handlerLoc));
                Statements(handler.Body);
                _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
                Emit(Op.POP_BLOCK, none);
                Emit(Op.POP_EXCEPT, none);
                EmitJump(SyntheticJump, end, none);
            }

            UseLabel(except);
        }

        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        Emit(Op.RERAISE, 0, none);
        UseLabel(cleanup);
        PopExceptAndReraise();
        UseLabel(end);

        // 3.11 leaves u_loc unset after the handlers (their RERAISE is artificial).
        LeaveLocation(none);
    }

    /// <summary>except T as name: the body runs inside a cleanup that clears the name (name = None; del name).</summary>
    private void NamedHandler(ExceptHandlerNode handler, string name, SourceLocation handlerLoc, int end)
    {
        var none = SourceLocation.None;
        var cleanupEnd = NewLabel();
        var cleanupBody = NewLabel();
        StoreName(name, handlerLoc);
        EmitJump(Op.SETUP_CLEANUP, cleanupEnd, handlerLoc);
        UseLabel(cleanupBody);
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.HandlerCleanup, cleanupBody, -1, handlerLoc) { Name = name });
        Statements(handler.Body);
        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        Emit(Op.POP_BLOCK, none);
        Emit(Op.POP_BLOCK, none);
        Emit(Op.POP_EXCEPT, none);
        ClearName(name);
        EmitJump(SyntheticJump, end, none);

        UseLabel(cleanupEnd);
        ClearName(name);
        Emit(Op.RERAISE, 1, none);
    }

    private void ClearName(string name)
    {
        LoadConst(NoneConstant.Instance, SourceLocation.None);
        StoreName(name, SourceLocation.None);
        DeleteName(name, SourceLocation.None);
    }

    /// <summary>compiler_visit_expr in Del context: DELETE_* for a name, DELETE_ATTR, DELETE_SUBSCR, each item of a tuple.</summary>
    private void Delete(Expression target)
    {
        var loc = Loc(target);
        switch (target)
        {
            case NameNode name:
                DeleteName(name.Id, loc);
                break;
            case AttributeNode attribute:
                Expression(attribute.Value);
                Emit(Op.DELETE_ATTR, _unit.AddName(attribute.Attr), AttrLoc(loc, attribute));
                break;
            case SubscriptNode subscript:
                Expression(subscript.Value);
                Expression(subscript.Slice);
                Emit(Op.DELETE_SUBSCR, loc);
                break;
            case TupleNode tuple:
                tuple.Elts.ToList().ForEach(Delete);
                break;
            case ListNode list:
                list.Elts.ToList().ForEach(Delete);
                break;
        }
    }

    private void Raise(RaiseNode node, SourceLocation loc)
    {
        var count = 0;
        if (node.Exc is not null)
        {
            Expression(node.Exc);
            count++;
            if (node.Cause is not null)
            {
                Expression(node.Cause);
                count++;
            }
        }

        Emit(Op.RAISE_VARARGS, count, loc);
    }
}
