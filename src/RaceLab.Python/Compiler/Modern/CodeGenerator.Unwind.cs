using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
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
        LeaveLocation(loc);
    }

    /// <summary>3.11: what a return, break or continue leaves in u_loc (its value's, or none after unwinding a finally or with).</summary>
    private void LeaveLocation(SourceLocation loc)
    {
        if (Is311)
        {
            _statementLoc = loc;
        }
    }

    private void Break(SourceLocation loc)
    {
        Emit(Op.NOP, loc);
        loc = UnwindFrameBlocks(loc, false, stopAtLoop: true, out var loop);
        loc = UnwindFrameBlock(loop!, loc, preserveTos: false);
        EmitJump(Op.JUMP, loop!.Exit, loc);
        LeaveLocation(loc);
    }

    private void Continue(SourceLocation loc)
    {
        Emit(Op.NOP, loc);
        loc = UnwindFrameBlocks(loc, false, stopAtLoop: true, out var loop);
        EmitJump(Op.JUMP, loop!.Start, loc);
        LeaveLocation(loc);
    }

    /// <summary>
    /// CPython's compiler_unwind_fblock_stack: cleans up enclosing blocks before leaving them. Each block is
    /// unwound with it and every block above it off the stack (a finally body compiled here must not see the
    /// handlers it leaves), and all are put back afterwards.
    /// </summary>
    private SourceLocation UnwindFrameBlocks(SourceLocation loc, bool preserveTos, bool stopAtLoop, out FrameBlock? loop)
    {
        loop = null;
        var blocks = _unit.FrameBlocks;
        var removed = new Stack<FrameBlock>();
        while (blocks.Count > 0)
        {
            var block = blocks[^1];
            if (stopAtLoop && block.Kind is FrameBlockKind.WhileLoop or FrameBlockKind.ForLoop)
            {
                loop = block;
                break;
            }

            blocks.RemoveAt(blocks.Count - 1);
            removed.Push(block);
            loc = UnwindFrameBlock(block, loc, preserveTos);
        }

        blocks.AddRange(removed);
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
            case FrameBlockKind.TryExcept:
                Emit(Op.POP_BLOCK, loc);
                return loc;
            case FrameBlockKind.FinallyTry:
                // The POP_BLOCK takes the unwinding statement's line; what follows the finally body has none.
                Emit(Op.POP_BLOCK, loc);
                if (preserveTos)
                {
                    _unit.FrameBlocks.Add(new FrameBlock(FrameBlockKind.PopValue, -1, -1, loc));
                }

                Statements(block.FinalBody!);
                if (preserveTos)
                {
                    _unit.FrameBlocks.RemoveAt(_unit.FrameBlocks.Count - 1);
                }

                return SourceLocation.None;
            case FrameBlockKind.FinallyEnd:
                if (preserveTos)
                {
                    Emit(Op.SWAP, 2, loc);
                }

                Emit(Op.POP_TOP, loc);
                if (preserveTos)
                {
                    Emit(Op.SWAP, 2, loc);
                }

                Emit(Op.POP_BLOCK, loc);
                Emit(Op.POP_EXCEPT, loc);
                return loc;
            case FrameBlockKind.HandlerCleanup:
                if (block.Name is not null)
                {
                    Emit(Op.POP_BLOCK, loc);
                }

                if (preserveTos)
                {
                    Emit(Op.SWAP, 2, loc);
                }

                Emit(Op.POP_BLOCK, loc);
                Emit(Op.POP_EXCEPT, loc);
                if (block.Name is { } name)
                {
                    LoadConst(NoneConstant.Instance, loc);
                    StoreName(name, loc);
                    DeleteName(name, loc);
                }

                return loc;
            case FrameBlockKind.PopValue:
                if (preserveTos)
                {
                    Emit(Op.SWAP, 2, loc);
                }

                Emit(Op.POP_TOP, loc);
                return loc;
            default:
                return loc;
        }
    }
}
