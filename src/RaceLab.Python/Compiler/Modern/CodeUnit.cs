using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>The state of one code object while it is generated (CPython's compiler_unit).</summary>
internal sealed class CodeUnit
{
    public CodeUnit(Scope scope, string name, string qualifiedName, int firstLine, PythonVersion version)
    {
        Scope = scope;
        Name = name;
        QualifiedName = qualifiedName;
        FirstLine = firstLine;
        Graph = new FlowGraph(version);
        Graph.Start();
        VarNames.AddRange(scope.Parameters);
        // Cells of comprehensions inlined into this code object (3.12+) are this code object's cells.
        CellVars.AddRange(scope.CellVars.Concat(InlinedCells(scope)).Distinct().Order(StringComparer.Ordinal));
        if (scope.NeedsClassClosure)
        {
            CellVars.Add("__class__");
        }
        FreeVars.AddRange(scope.FreeVars);
    }

    public Scope Scope { get; }

    /// <summary>The unit being compiled when this one began (CPython's c_stack), null for the module.</summary>
    public CodeUnit? Parent { get; init; }

    public string Name { get; }

    public string QualifiedName { get; }

    public int FirstLine { get; }

    public FlowGraph Graph { get; }

    public ConstantPool Constants { get; } = new();

    public List<string> Names { get; } = [];

    public List<string> VarNames { get; } = [];

    public List<string> CellVars { get; } = [];

    public List<string> FreeVars { get; } = [];

    public List<FrameBlock> FrameBlocks { get; } = [];

    /// <summary>3.12+: names of an inlined comprehension that live in fast locals of a module.</summary>
    public HashSet<string> FastHidden { get; } = new(StringComparer.Ordinal);

    /// <summary>How many inlined comprehensions are being compiled around the current code (u_in_inlined_comp).</summary>
    public int InlinedComprehensionDepth { get; set; }

    /// <summary>3.13 <c>__static_attributes__</c>: names a method of this class stores as <c>self.NAME</c>.</summary>
    public SortedSet<string> StaticAttributes { get; } = new(StringComparer.Ordinal);

    public int ArgCount { get; set; }

    /// <summary>3.12+: the label of a generator's StopIteration handler (wrap_in_stopiteration_handler), or -1.</summary>
    public int StopIterationHandler { get; set; } = -1;

    public int PositionalOnlyArgCount { get; set; }

    public int KeywordOnlyArgCount { get; set; }

    /// <summary>CO_VARARGS / CO_VARKEYWORDS when the def has <c>*args</c> / <c>**kwargs</c>.</summary>
    public Bytecode.CodeFlags ParameterFlags { get; set; }

    /// <summary>Every parameter, <c>*args</c> and <c>**kwargs</c> included (the symtable's ste_varnames).</summary>
    public int ParameterCount => ArgCount + KeywordOnlyArgCount
        + ((ParameterFlags & Bytecode.CodeFlags.VarArgs) != 0 ? 1 : 0)
        + ((ParameterFlags & Bytecode.CodeFlags.VarKeywords) != 0 ? 1 : 0);

    /// <summary>co_argcount, co_posonlyargcount, co_kwonlyargcount and the star flags of a def or lambda.</summary>
    public void SetParameters(Syntax.Arguments args)
    {
        ArgCount = args.PositionalCount;
        PositionalOnlyArgCount = args.PosOnlyArgs.Length;
        KeywordOnlyArgCount = args.KwOnlyArgs.Length;
        ParameterFlags = (args.VarArg is null ? Bytecode.CodeFlags.None : Bytecode.CodeFlags.VarArgs)
            | (args.KwArg is null ? Bytecode.CodeFlags.None : Bytecode.CodeFlags.VarKeywords);
    }

    public int AddName(string name) => IndexOrAdd(Names, name);

    public int AddVarName(string name) => IndexOrAdd(VarNames, name);

    public int AddConst(Constant constant) => Constants.Add(constant);

    private static IEnumerable<string> InlinedCells(Scope scope) =>
        scope.Children.Where(c => c.Inlined).SelectMany(c => c.CellVars.Concat(InlinedCells(c)));

    private static int IndexOrAdd(List<string> list, string name)
    {
        var index = list.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        list.Add(name);
        return list.Count - 1;
    }
}

/// <summary>A frame block on the compiler's stack (loops and with statements) for break, continue, return.</summary>
internal sealed record FrameBlock(FrameBlockKind Kind, int Start, int Exit, SourceLocation Location)
{
    /// <summary>FINALLY_TRY: the finally body that every exit from the try runs.</summary>
    public IReadOnlyList<Syntax.Statement>? FinalBody { get; init; }

    /// <summary>HANDLER_CLEANUP: the handler's "as" name, cleared on the way out.</summary>
    public string? Name { get; init; }
}

internal enum FrameBlockKind
{
    WhileLoop,
    ForLoop,
    With,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    HandlerCleanup,
    ExceptionHandler,
    PopValue,
}
