using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// One code object being compiled (compile.c's <c>struct compiler_unit</c>): its tables, its blocks and the
/// current source line. Instructions are appended to <see cref="Current"/>.
/// </summary>
internal sealed partial class CodeUnit
{
    private readonly List<BasicBlock> _blocks = [];

    public CodeUnit(PythonVersion version, UnitKind kind, string name, string qualifiedName, int firstLine)
    {
        Version = version;
        Kind = kind;
        Name = name;
        QualifiedName = qualifiedName;
        FirstLine = firstLine;
        Entry = NewBlock();
        Current = Entry;
    }

    public PythonVersion Version { get; }

    public bool Is39 => Version == PythonVersion.Py39;

    public UnitKind Kind { get; }

    public string Name { get; }

    public string QualifiedName { get; }

    /// <summary>0 until known: 3.9 modules take the line of their first instruction.</summary>
    public int FirstLine { get; set; }

    public int ArgCount { get; set; }

    public int PositionalOnlyArgCount { get; set; }

    public int KeywordOnlyArgCount { get; set; }

    /// <summary>Flags from the symbol table (NESTED, VARARGS, ...); OPTIMIZED/NEWLOCALS/NOFREE are added later.</summary>
    public CodeFlags ScopeFlags { get; set; }

    public IndexedSet<Constant> Constants { get; } = new(ConstantKeyComparer.Instance);

    public IndexedSet<string> Names { get; } = new();

    public IndexedSet<string> VarNames { get; } = new();

    public IndexedSet<string> CellVars { get; } = new();

    public IndexedSet<string> FreeVars { get; } = new();

    public BasicBlock Entry { get; }

    public BasicBlock Current { get; private set; }

    /// <summary>Blocks in allocation order (CPython's <c>u_blocks</c> list reversed).</summary>
    public IReadOnlyList<BasicBlock> Blocks => _blocks;

    /// <summary>The line new instructions get; -1 (3.10) marks artificial instructions.</summary>
    public int Line { get; set; }

    /// <summary>3.9 <c>u_lineno_set</c>: the current line was already given to an instruction.</summary>
    public bool LineSet { get; set; }

    /// <summary>3.9 <c>c_do_not_emit_bytecode</c>: inside <c>if 0:</c> and similar dead code.</summary>
    public int SuppressEmit { get; set; }

    public BasicBlock NewBlock()
    {
        var block = new BasicBlock(_blocks.Count);
        _blocks.Add(block);
        return block;
    }

    /// <summary>compiler_use_next_block: lay <paramref name="block"/> out after the current one and switch to it.</summary>
    public void UseNextBlock(BasicBlock block)
    {
        Current.Next = block;
        Current = block;
    }

    /// <summary>compiler_next_block (NEXT_BLOCK).</summary>
    public void NextBlock() => UseNextBlock(NewBlock());

    /// <summary>Sets the source line for the instructions that follow (SET_LOC / u_lineno).</summary>
    public void SetLine(int line)
    {
        Line = line;
        LineSet = false;
    }
}
