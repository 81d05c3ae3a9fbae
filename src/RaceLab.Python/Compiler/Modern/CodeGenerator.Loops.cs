using RaceLab.Python.Bytecode;
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
        JumpIf(node.Test, body, true, loc);
        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        UseLabel(anchor);
        UseLabel(end);
    }

    private void With(WithNode node, int position)
    {
        var item = node.Items[position];

        // 3.13 places the with machinery on the context expression, earlier releases on the statement.
        var loc = AtLeast313 ? Loc(item.ContextExpr) : Loc(node);
        var block = NewLabel();
        var final = NewLabel();
        var exit = NewLabel();
        var cleanup = NewLabel();
        Expression(item.ContextExpr);
        Emit(Op.BEFORE_WITH, loc);
        EmitJump(Op.SETUP_WITH, final, loc);
        UseLabel(block);
        _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.With, block, final, loc));
        if (item.OptionalVars is not null)
        {
            Expression(item.OptionalVars);
        }
        else
        {
            Emit(Op.POP_TOP, loc);
        }

        if (position + 1 == node.Items.Length)
        {
            Statements(node.Body);
        }
        else
        {
            With(node, position + 1);
        }

        Emit(Op.POP_BLOCK, SourceLocation.None);
        _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
        CallExitWithNones(loc);
        Emit(Op.POP_TOP, loc);
        EmitJump(Op.JUMP, exit, loc);
        UseLabel(final);
        EmitJump(Op.SETUP_CLEANUP, cleanup, loc);
        Emit(Op.PUSH_EXC_INFO, loc);
        Emit(Op.WITH_EXCEPT_START, loc);
        WithExceptFinish(cleanup);
        UseLabel(exit);
    }

    private void CallExitWithNones(SourceLocation loc)
    {
        LoadConst(NoneConstant.Instance, loc);
        LoadConst(NoneConstant.Instance, loc);
        LoadConst(NoneConstant.Instance, loc);
        EmitCall(2, loc);
    }

    private void WithExceptFinish(int cleanup)
    {
        var none = SourceLocation.None;
        var suppress = NewLabel();
        if (AtLeast313)
        {
            Emit(Op.TO_BOOL, none);
        }

        EmitJump(Op.POP_JUMP_IF_TRUE, suppress, none);
        Emit(Op.RERAISE, 2, none);
        if (Is311)
        {
            UseLabel(cleanup);
            PopExceptAndReraise();
            UseLabel(suppress);
            Emit(Op.POP_TOP, none);
            Emit(Op.POP_BLOCK, none);
            Emit(Op.POP_EXCEPT, none);
            Emit(Op.POP_TOP, none);
            Emit(Op.POP_TOP, none);
            return;
        }

        UseLabel(suppress);
        Emit(Op.POP_TOP, none);
        Emit(Op.POP_BLOCK, none);
        Emit(Op.POP_EXCEPT, none);
        Emit(Op.POP_TOP, none);
        Emit(Op.POP_TOP, none);
        var exit = NewLabel();
        EmitJump(AtLeast313 ? Op.JUMP_NO_INTERRUPT : Op.JUMP, exit, none);
        UseLabel(cleanup);
        PopExceptAndReraise();
        UseLabel(exit);
    }

    private void PopExceptAndReraise()
    {
        Emit(Op.COPY, 3, SourceLocation.None);
        Emit(Op.POP_EXCEPT, SourceLocation.None);
        Emit(Op.RERAISE, 1, SourceLocation.None);
    }

    private void Return(ReturnNode node)
    {
        var loc = Loc(node);
        var value = node.Value;
        var preserveTos = value is not null and not ConstantNode;
        if (preserveTos)
        {
            Expression(value!);
        }
        else if (value is not null)
        {
            loc = Loc(value);
            Emit(Op.NOP, loc);
        }

        if (value is null || value.Span.Line != node.Span.Line)
        {
            loc = Loc(node);
            Emit(Op.NOP, loc);
        }

        loc = UnwindFrameBlocks(loc, preserveTos, stopAtLoop: false, out _);
        if (value is null)
        {
            LoadConst(NoneConstant.Instance, loc);
        }
        else if (!preserveTos)
        {
            LoadConst(((ConstantNode)value).Value, loc);
        }

        Emit(Op.RETURN_VALUE, loc);
    }

    private void Break(SourceLocation loc)
    {
        Emit(Op.NOP, loc);
        loc = UnwindFrameBlocks(loc, false, stopAtLoop: true, out var loop);
        loc = UnwindFrameBlock(loop!, loc, preserveTos: false);
        EmitJump(Op.JUMP, loop!.Exit, loc);
    }

    private void Continue(SourceLocation loc)
    {
        Emit(Op.NOP, loc);
        loc = UnwindFrameBlocks(loc, false, stopAtLoop: true, out var loop);
        EmitJump(Op.JUMP, loop!.Start, loc);
    }

    /// <summary>CPython's compiler_unwind_fblock_stack: cleans up enclosing blocks before leaving them.</summary>
    private SourceLocation UnwindFrameBlocks(SourceLocation loc, bool preserveTos, bool stopAtLoop, out FrameBlock? loop)
    {
        loop = null;
        var blocks = _unit.FrameBlocks;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (stopAtLoop && block.Kind is FrameBlockKind.WhileLoop or FrameBlockKind.ForLoop)
            {
                loop = block;
                return loc;
            }

            blocks.RemoveAt(i);
            loc = UnwindFrameBlock(block, loc, preserveTos);
            blocks.Insert(i, block);
        }

        return loc;
    }

    private SourceLocation UnwindFrameBlock(FrameBlock block, SourceLocation loc, bool preserveTos)
    {
        switch (block.Kind)
        {
            case FrameBlockKind.ForLoop:
                if (preserveTos)
                {
                    Emit(Op.SWAP, 2, loc);
                }

                Emit(Op.POP_TOP, loc);
                return loc;
            case FrameBlockKind.With:
                loc = block.Location;
                Emit(Op.POP_BLOCK, loc);
                if (preserveTos)
                {
                    Emit(Op.SWAP, 2, loc);
                }

                CallExitWithNones(loc);
                Emit(Op.POP_TOP, loc);
                return SourceLocation.None;
            default:
                return loc;
        }
    }
}
