using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
    private void For(ForNode node)
    {
        var loc = Loc(node);
        var start = NewLabel();
        var body = NewLabel();
        var cleanup = NewLabel();
        var end = NewLabel();
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.ForLoop, start, end, loc));
        Expression(node.Iter);

        // 3.13 places the iteration on the iterable, earlier releases on the whole statement.
        var iterLoc = AtLeast313 ? Loc(node.Iter) : loc;
        Emit(Op.GET_ITER, iterLoc);
        UseLabel(start);
        EmitJump(Op.FOR_ITER, cleanup, iterLoc);
        UseLabel(body);
        Expression(node.Target);
        Statements(node.Body);
        EmitJump(Op.JUMP, start, SourceLocation.None);
        if (Is311)
        {
            // compiler_for's UNSET_LOC before the jump back: code after the loop starts without a location.
            _statementLoc = SourceLocation.None;
        }

        UseLabel(cleanup);
        if (!Is311)
        {
            Emit(Op.END_FOR, SourceLocation.None);
            if (AtLeast313)
            {
                Emit(Op.POP_TOP, SourceLocation.None);
            }
        }

        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        Statements(node.OrElse);
        UseLabel(end);
    }

    private void While(WhileNode node)
    {
        var loc = Loc(node);
        var loop = NewLabel();
        var body = NewLabel();
        var end = NewLabel();
        var anchor = NewLabel();
        UseLabel(loop);
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.WhileLoop, loop, end, loc));
        JumpIf(node.Test, anchor, false, loc);
        UseLabel(body);
        Statements(node.Body);
        var after = JumpIf(node.Test, body, true, loc);
        if (Is311)
        {
            // compiler_while sets u_loc to the statement before its second test; what the test leaves is the last.
            _statementLoc = after;
        }

        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        UseLabel(anchor);
        Statements(node.OrElse);
        UseLabel(end);
    }
}
