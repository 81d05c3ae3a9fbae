using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>
/// One symbol-table block (CPython's PySTEntryObject): the module, a def, a lambda or a list comprehension,
/// with its names resolved as that version's Python/symtable.c resolves them.
/// </summary>
public sealed class Scope
{
    private readonly List<Scope> _children = [];
    private readonly OrderedDictionary<string, SymbolFlags> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SymbolScope> _scopes = new(StringComparer.Ordinal);
    private readonly List<string> _parameters = [];

    internal Scope(ScopeKind kind, string name, Node node, Scope? parent)
    {
        Kind = kind;
        Name = name;
        Node = node;
        Parent = parent;
        IsNested = parent is not null && (parent.IsFunctionLike || parent.IsNested);
        parent?._children.Add(this);
    }

    public ScopeKind Kind { get; }

    /// <summary>CPython's ste_name: "top", the def's name, "lambda" or "listcomp".</summary>
    public string Name { get; }

    /// <summary>The <see cref="ModuleNode"/>, <see cref="ClassDefNode"/>, <see cref="FunctionDefNode"/>, <see cref="LambdaNode"/> or <see cref="ComprehensionNode"/>.</summary>
    public Node Node { get; }

    public Scope? Parent { get; }

    /// <summary>Blocks defined directly inside this one, in source order.</summary>
    public IReadOnlyList<Scope> Children => _children;

    /// <summary>CPython's FunctionBlock: a def, a lambda or a comprehension (fast locals, cells); not a module or class body.</summary>
    public bool IsFunctionLike => Kind is not (ScopeKind.Module or ScopeKind.Class);

    /// <summary>ste_needs_class_closure: a method uses <c>__class__</c> (or <c>super</c>), so the class body makes that cell.</summary>
    public bool NeedsClassClosure { get; internal set; }

    /// <summary>ste_nested: defined inside a function-like block (CO_NESTED before 3.11).</summary>
    public bool IsNested { get; }

    /// <summary>3.12+: a comprehension compiled inline in its parent's code (PEP 709), so it has no code object.</summary>
    public bool IsInlined { get; internal set; }

    /// <summary>ste_generator: the block yields (a def or lambda with yield, or a generator expression).</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary>The names in CPython's ste_symbols order (first occurrence in symtable's visiting order).</summary>
    public ImmutableArray<Symbol> Symbols { get; private set; } = [];

    /// <summary>Parameter names in declaration order (ste_varnames); ".0" for a comprehension.</summary>
    public ImmutableArray<string> Parameters => [.. _parameters];

    /// <summary>co_varnames: parameters, then the other fast locals in the order the compiler first emits them.</summary>
    public ImmutableArray<string> VarNames { get; internal set; } = [];

    /// <summary>co_cellvars as the version orders them (sorted before 3.11; 3.11+ locals first, in co_varnames order).</summary>
    public ImmutableArray<string> CellVars { get; internal set; } = [];

    /// <summary>co_freevars (sorted by name, as CPython's dictbytype does).</summary>
    public ImmutableArray<string> FreeVars { get; internal set; } = [];

    public Symbol? Lookup(string name)
    {
        foreach (var symbol in Symbols)
        {
            if (symbol.Name == name)
            {
                return symbol;
            }
        }

        return null;
    }

    /// <summary>Where <paramref name="name"/> resolves in this block; null when the block never mentions it.</summary>
    public SymbolScope? ScopeOf(string name) => _scopes.TryGetValue(name, out var scope) ? scope : null;

    public override string ToString() => $"{Kind} {Name}";

    internal OrderedDictionary<string, SymbolFlags> Flags => _flags;

    internal Dictionary<string, SymbolScope> Scopes => _scopes;

    internal void AddParameter(string name) => _parameters.Add(name);

    internal void Seal() => Symbols = [.. _flags.Select(p => new Symbol(p.Key, p.Value, _scopes.GetValueOrDefault(p.Key, SymbolScope.GlobalImplicit)))];
}
