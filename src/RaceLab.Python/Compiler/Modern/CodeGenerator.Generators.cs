using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>yield, yield from and the StopIteration wrapper of 3.12+ generators.</summary>
internal sealed partial class CodeGenerator
{
    private const int IntrinsicStopIterationError = 3;

    /// <summary>ADDOP_YIELD: YIELD_VALUE (3.12+: its argument becomes the exception depth), then RESUME 1.</summary>
    private void EmitYield(SourceLocation loc)
    {
        Emit(Op.YIELD_VALUE, 0, loc);
        Emit(Op.RESUME, 1, loc);
    }

    /// <summary>compiler_add_yield_from: SEND until the sub-iterator is done (3.12+: CLEANUP_THROW for throw/close, END_SEND).</summary>
    private void YieldFrom(SourceLocation loc)
    {
        var send = NewLabel();
        var exit = NewLabel();
        UseLabel(send);
        EmitJump(Op.SEND, exit, loc);
        if (Is311)
        {
            Emit(Op.YIELD_VALUE, 0, loc);
            Emit(Op.RESUME, 2, loc);
            EmitJump(Op.JUMP_NO_INTERRUPT, send, loc);
            UseLabel(exit);
            return;
        }

        var fail = NewLabel();
        EmitJump(Op.SETUP_FINALLY, fail, loc);
        Emit(Op.YIELD_VALUE, AtLeast313 ? 1 : 0, loc);
        Emit(Op.POP_BLOCK, SourceLocation.None);
        Emit(Op.RESUME, 2, loc);
        EmitJump(Op.JUMP_NO_INTERRUPT, send, loc);
        UseLabel(fail);
        Emit(Op.CLEANUP_THROW, loc);
        UseLabel(exit);
        Emit(Op.END_SEND, loc);
    }

    /// <summary>
    /// wrap_in_stopiteration_handler (3.12+): the generator's own return, then the handler that turns a
    /// StopIteration escaping the body into RuntimeError (CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR).
    /// </summary>
    private void WrapInStopIterationHandler()
    {
        if (_unit.StopIterationHandler < 0)
        {
            return;
        }

        LoadConst(NoneConstant.Instance, SourceLocation.None);
        Emit(Op.RETURN_VALUE, SourceLocation.None);
        UseLabel(_unit.StopIterationHandler);
        Emit(Op.CALL_INTRINSIC_1, IntrinsicStopIterationError, SourceLocation.None);
        Emit(Op.RERAISE, 1, SourceLocation.None);
    }
}
