using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

internal enum ScopeKind
{
    Module,
    Function,
    Lambda,
    Comprehension,
}

/// <summary>
/// One block of CPython's symbol table as the modern compilers need it: what each name is bound or used
/// as, resolved to <see cref="NameScope"/>. A 3.12+ list comprehension is inlined: its names are folded
/// into the enclosing function-like scope, apart from its own iteration variables.
/// </summary>
internal sealed class Scope(ScopeKind kind, string name, Node node, Scope? parent)
{
    private readonly Dictionary<string, NameScope> _resolved = new(StringComparer.Ordinal);

    public ScopeKind Kind { get; } = kind;

    public string Name { get; } = name;

    public Node Node { get; } = node;

    public Scope? Parent { get; } = parent;

    public bool Inlined { get; init; }

    public List<string> Parameters { get; } = [];

    /// <summary>Names bound here, in first-binding order (CPython's DEF_LOCAL).</summary>
    public List<string> Bound { get; } = [];

    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Nonlocals { get; } = new(StringComparer.Ordinal);

    /// <summary>Module only: names bound by an import statement (CPython's DEF_IMPORT).</summary>
    public HashSet<string> Imported { get; } = new(StringComparer.Ordinal);

    public List<Scope> Children { get; } = [];

    public bool IsFunctionLike => Kind != ScopeKind.Module;

    /// <summary>The scope whose code object holds this scope's code (itself unless inlined).</summary>
    public Scope CodeOwner => Inlined ? Parent!.CodeOwner : this;

    public bool Binds(string name) => Bound.Contains(name) || Parameters.Contains(name);

    public IReadOnlyDictionary<string, NameScope> Resolved => _resolved;

    public NameScope this[string name] => _resolved.TryGetValue(name, out var scope) ? scope : NameScope.GlobalImplicit;

    public void Resolve(string name, NameScope scope) => _resolved[name] = scope;

    public IEnumerable<string> CellVars => _resolved.Where(p => p.Value == NameScope.Cell).Select(p => p.Key).Order(StringComparer.Ordinal);

    public IEnumerable<string> FreeVars => _resolved.Where(p => p.Value == NameScope.Free).Select(p => p.Key).Order(StringComparer.Ordinal);
}
