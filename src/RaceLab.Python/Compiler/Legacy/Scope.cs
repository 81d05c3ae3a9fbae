using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// One symbol-table block (module, function, lambda or comprehension): how each name it mentions
/// resolves, its parameters, and its cell and free variables in CPython's (sorted) order.
/// </summary>
internal sealed class Scope(ScopeKind kind, Scope? parent)
{
    public ScopeKind Kind { get; } = kind;

    public Scope? Parent { get; } = parent;

    public bool IsFunctionLike => Kind != ScopeKind.Module;

    /// <summary>symtable's ste_nested: inside a function-like block at any depth.</summary>
    public bool IsNested => Parent is not null && (Parent.IsFunctionLike || Parent.IsNested);

    public List<string> Parameters { get; } = [];

    public HashSet<string> Assigned { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeclaredGlobal { get; } = new(StringComparer.Ordinal);

    public HashSet<string> DeclaredNonlocal { get; } = new(StringComparer.Ordinal);

    public List<Scope> Children { get; } = [];

    public Dictionary<string, SymbolScope> Symbols { get; } = new(StringComparer.Ordinal);

    public List<string> CellVars { get; } = [];

    public List<string> FreeVars { get; } = [];

    public SymbolScope Resolve(string name) =>
        Symbols.TryGetValue(name, out var scope) ? scope : SymbolScope.GlobalImplicit;

    public override string ToString() => $"{Kind} scope";
}
