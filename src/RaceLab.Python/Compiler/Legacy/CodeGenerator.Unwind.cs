using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private void Break()
    {
        if (!Is39)
        {
            _unit.Emit(LegacyOp.Nop);
        }

        var loop = UnwindToLoop(preserveTop: false)
            ?? throw new NotSupportedException($"{_fileName}: 'break' outside loop");
        Unwind(loop, preserveTop: false);
        JumpAndNextBlock(LegacyOp.JumpAbsolute, loop.Exit!);
    }

    private void Continue()
    {
        if (!Is39)
        {
            _unit.Emit(LegacyOp.Nop);
        }

        var loop = UnwindToLoop(preserveTop: false)
            ?? throw new NotSupportedException($"{_fileName}: 'continue' not properly in loop");
        JumpAndNextBlock(LegacyOp.JumpAbsolute, loop.Block!);
    }

    /// <summary>compiler_unwind_fblock_stack up to the innermost loop; returns that loop (not unwound).</summary>
    private FrameBlock? UnwindToLoop(bool preserveTop)
    {
        var saved = _frameBlocks.ToList();
        try
        {
            for (var i = _frameBlocks.Count - 1; i >= 0; i--)
            {
                var block = _frameBlocks[i];
                if (block.Kind is FrameBlockKind.ForLoop or FrameBlockKind.WhileLoop)
                {
                    return block;
                }

                _frameBlocks.RemoveAt(i);
                Unwind(block, preserveTop);
            }

            return null;
        }
        finally
        {
            _frameBlocks.Clear();
            _frameBlocks.AddRange(saved);
        }
    }

    /// <summary>Unwinds every enclosing block, as <c>return</c> does.</summary>
    private void UnwindAll(bool preserveTop)
    {
        var saved = _frameBlocks.ToList();
        for (var i = _frameBlocks.Count - 1; i >= 0; i--)
        {
            var block = _frameBlocks[i];
            _frameBlocks.RemoveAt(i);
            Unwind(block, preserveTop);
        }

        _frameBlocks.AddRange(saved);
    }

    private void Unwind(FrameBlock block, bool preserveTop)
    {
        switch (block.Kind)
        {
            case FrameBlockKind.ForLoop:
                if (preserveTop)
                {
                    _unit.Emit(LegacyOp.RotTwo);
                }

                _unit.Emit(LegacyOp.PopTop);
                break;
            case FrameBlockKind.WhileLoop or FrameBlockKind.ExceptionHandler:
                break;
            case FrameBlockKind.TryExcept:
                _unit.Emit(LegacyOp.PopBlock);
                break;
            case FrameBlockKind.FinallyTry:
                {
                    _unit.Emit(LegacyOp.PopBlock);
                    if (preserveTop)
                    {
                        _frameBlocks.Add(new FrameBlock(FrameBlockKind.PopValue, null, null, -1));
                    }

                    var saved = _unit.Line;
                    VisitStatements(block.FinalBody!);
                    if (preserveTop)
                    {
                        _frameBlocks.RemoveAt(_frameBlocks.Count - 1);
                    }

                    // 3.9 restores the line (the next instruction starts a line entry again); 3.10 makes what
                    // follows the finally body artificial.
                    if (Is39)
                    {
                        _unit.SetLine(saved);
                    }
                    else
                    {
                        _unit.Line = -1;
                    }

                    break;
                }

            case FrameBlockKind.FinallyEnd:
                if (preserveTop)
                {
                    _unit.Emit(LegacyOp.RotFour);
                }

                _unit.Emit(LegacyOp.PopTop);
                _unit.Emit(LegacyOp.PopTop);
                _unit.Emit(LegacyOp.PopTop);
                if (preserveTop)
                {
                    _unit.Emit(LegacyOp.RotFour);
                }

                _unit.Emit(LegacyOp.PopExcept);
                break;
            case FrameBlockKind.HandlerCleanup:
                if (block.Name is not null)
                {
                    _unit.Emit(LegacyOp.PopBlock);
                }

                if (preserveTop)
                {
                    _unit.Emit(LegacyOp.RotFour);
                }

                _unit.Emit(LegacyOp.PopExcept);
                if (block.Name is { } name)
                {
                    _unit.EmitConst(NoneConstant.Instance);
                    NameOp(name, ExprContext.Store);
                    DeleteName(name);
                }

                break;
            case FrameBlockKind.PopValue:
                if (preserveTop)
                {
                    _unit.Emit(LegacyOp.RotTwo);
                }

                _unit.Emit(LegacyOp.PopTop);
                break;
            case FrameBlockKind.With:
                if (!Is39)
                {
                    _unit.SetLine(block.Line);
                }

                _unit.Emit(LegacyOp.PopBlock);
                if (preserveTop)
                {
                    _unit.Emit(LegacyOp.RotTwo);
                }

                CallExitWithNones();
                _unit.Emit(LegacyOp.PopTop);
                if (!Is39)
                {
                    // The unwinding should appear to run after the statement that caused it.
                    _unit.Line = -1;
                }

                break;
        }
    }
}
