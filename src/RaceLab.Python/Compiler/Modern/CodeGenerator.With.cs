using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class CodeGenerator
{
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
        LeaveLocation(SourceLocation.None);
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

    private void PopExceptAndReraise() => PopExceptAndReraise(SourceLocation.None);

    private void PopExceptAndReraise(SourceLocation loc)
    {
        Emit(Op.COPY, 3, loc);
        Emit(Op.POP_EXCEPT, loc);
        Emit(Op.RERAISE, 1, loc);
    }
}
