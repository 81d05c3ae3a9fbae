namespace RaceLab.Python.Compiler.Legacy;

/// <summary>compile.c's fblockinfo: an enclosing loop or with-block that break/continue/return unwind.</summary>
internal sealed record FrameBlock(FrameBlockKind Kind, BasicBlock? Block, BasicBlock? Exit, int Line);

internal enum FrameBlockKind
{
    ForLoop,
    WhileLoop,
    With,
}
