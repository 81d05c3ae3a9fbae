namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// compile.c's fblockinfo: an enclosing loop, with, try or handler block that break/continue/return unwind.
/// <see cref="FinalBody"/> is a try's finally body (FINALLY_TRY), <see cref="Name"/> a handler's "as" name.
/// </summary>
internal sealed record FrameBlock(FrameBlockKind Kind, BasicBlock? Block, BasicBlock? Exit, int Line)
{
    public IReadOnlyList<Syntax.Statement>? FinalBody { get; init; }

    public string? Name { get; init; }
}

internal enum FrameBlockKind
{
    ForLoop,
    WhileLoop,
    With,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    HandlerCleanup,
    ExceptionHandler,
    PopValue,
}
