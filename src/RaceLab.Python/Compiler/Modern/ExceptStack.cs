namespace RaceLab.Python.Compiler.Modern;

/// <summary>The stack of active exception handlers while labelling exception targets.</summary>
internal sealed class ExceptStack
{
    private readonly List<BasicBlock?> _handlers;

    public ExceptStack() => _handlers = [null];

    private ExceptStack(List<BasicBlock?> handlers) => _handlers = handlers;

    public int Depth => _handlers.Count - 1;

    public BasicBlock? Top => _handlers[^1];

    public BasicBlock? Push(Instruction setup)
    {
        var target = setup.Target!;
        if (setup.Op is Op.SETUP_WITH or Op.SETUP_CLEANUP)
        {
            target.PreserveLasti = true;
        }

        _handlers.Add(target);
        return target;
    }

    public BasicBlock? Pop()
    {
        _handlers.RemoveAt(_handlers.Count - 1);
        return Top;
    }

    public ExceptStack Copy() => new([.. _handlers]);
}
