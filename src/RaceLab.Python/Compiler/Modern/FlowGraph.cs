namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// The control-flow graph of one code object and the passes CPython runs over it before assembly
/// (Python/compile.c in 3.11, Python/flowgraph.c in 3.12 and 3.13), each version's way.
/// </summary>
internal sealed partial class FlowGraph(PythonVersion version)
{
    private readonly Dictionary<int, BasicBlock> _labelled = [];
    private int _nextLabel;
    private readonly Dictionary<int, int> _labelCreated = [];
    private int _pendingLabel = -1;
    private int _created = 1;

    public PythonVersion Version { get; } = version;

    public BasicBlock Entry { get; private set; } = new();

    public BasicBlock Current { get; private set; } = null!;

    public void Start() => Current = Entry;

    public int NewLabel()
    {
        _labelCreated[_nextLabel] = _created++;
        return _nextLabel++;
    }

    /// <summary>Places <paramref name="label"/> at the next instruction (CPython's USE_LABEL).</summary>
    public void UseLabel(int label)
    {
        _pendingLabel = label;
        MaybeStartNewBlock();
    }

    public Instruction Add(Op op, int arg, SourceLocation location)
    {
        MaybeStartNewBlock();
        var instruction = new Instruction(op, arg, location);
        Current.Instructions.Add(instruction);
        return instruction;
    }

    public Instruction AddJump(Op op, int label, SourceLocation location)
    {
        var instruction = Add(op, 0, location);
        instruction.Label = label;
        return instruction;
    }

    public IEnumerable<BasicBlock> Blocks()
    {
        for (var b = Entry; b is not null; b = b.Next)
        {
            yield return b;
        }
    }

    private void MaybeStartNewBlock()
    {
        if (IsCurrentBlockTerminated())
        {
            var block = new BasicBlock { Label = _pendingLabel, Created = _created++ };
            Register(block);
            _pendingLabel = -1;
            Current.Next = block;
            Current = block;
        }
    }

    private bool IsCurrentBlockTerminated()
    {
        var last = Current.Last;
        if (last is not null && OpInfo.IsTerminator(last.Op))
        {
            return true;
        }

        if (_pendingLabel >= 0)
        {
            if (last is not null || Current.Label >= 0)
            {
                return true;
            }

            Current.Label = _pendingLabel;
            Register(Current);
            _pendingLabel = -1;
        }

        return false;
    }

    private void Register(BasicBlock block)
    {
        if (block.Label >= 0)
        {
            _labelled[block.Label] = block;
            if (_labelCreated.TryGetValue(block.Label, out var created))
            {
                block.Created = created;
            }
        }
    }

    private BasicBlock NewBlock()
    {
        var block = new BasicBlock { Label = _nextLabel++, Created = _created++ };
        Register(block);
        return block;
    }

    /// <summary>CPython's translate_jump_labels_to_targets.</summary>
    private void ResolveLabels()
    {
        foreach (var b in Blocks())
        {
            foreach (var instruction in b.Instructions)
            {
                if (OpInfo.HasTarget(instruction.Op))
                {
                    instruction.Target = _labelled[instruction.Label];
                }
            }
        }
    }

    private static BasicBlock? NextNonEmpty(BasicBlock? b)
    {
        while (b is not null && b.IsEmpty)
        {
            b = b.Next;
        }

        return b;
    }

    private void ResetVisited()
    {
        foreach (var b in Blocks())
        {
            b.Visited = false;
        }
    }
}
