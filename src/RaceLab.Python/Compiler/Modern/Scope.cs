using RaceLab.Python.Syntax;
using ScopeKind = RaceLab.Python.Syntax.ScopeKind;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// One block of the symbol table as the code generator reads it (built by <see cref="ScopeView"/>): its
/// parameters, its bindings in symbol order and each name's <see cref="NameScope"/>. A 3.12+ list
/// comprehension is <see cref="Inlined"/>: it has no code object and saves its bindings around itself.
/// </summary>
internal sealed class Scope(ScopeKind kind, string name, Node node, Scope? parent)
{
    private readonly Dictionary<string, NameScope> _resolved = new(StringComparer.Ordinal);

    public ScopeKind Kind { get; } = kind;

    public string Name { get; } = name;

    public Node Node { get; } = node;

    public Scope? Parent { get; } = parent;

    public bool Inlined { get; init; }

    /// <summary>The block yields (a generator function or expression).</summary>
    public bool IsGenerator { get; init; }

    public List<string> Parameters { get; } = [];

    /// <summary>Names bound here, in first-binding order (CPython's DEF_LOCAL).</summary>
    public List<string> Bound { get; } = [];

    /// <summary>Every name of the block's symbol table, in symbol order (a class body's inlined comprehension saves them all).</summary>
    public List<string> Symbols { get; } = [];

    /// <summary>Module only: names bound by an import statement (CPython's DEF_IMPORT).</summary>
    public HashSet<string> Imported { get; } = new(StringComparer.Ordinal);

    public List<Scope> Children { get; } = [];

    public bool IsFunctionLike => Kind is not (ScopeKind.Module or ScopeKind.Class);

    /// <summary>A class body whose methods use <c>__class__</c>: its one cell.</summary>
    public bool NeedsClassClosure { get; init; }

    public bool Binds(string name) => Bound.Contains(name) || Parameters.Contains(name);

    public IReadOnlyDictionary<string, NameScope> Resolved => _resolved;

    public NameScope this[string name] => _resolved.TryGetValue(name, out var scope) ? scope : NameScope.GlobalImplicit;

    public void Resolve(string name, NameScope scope) => _resolved[name] = scope;

    public IEnumerable<string> CellVars => _resolved.Where(p => p.Value == NameScope.Cell).Select(p => p.Key).Order(StringComparer.Ordinal);

    public IEnumerable<string> FreeVars => _resolved.Where(p => p.Value == NameScope.Free).Select(p => p.Key).Order(StringComparer.Ordinal);
}
