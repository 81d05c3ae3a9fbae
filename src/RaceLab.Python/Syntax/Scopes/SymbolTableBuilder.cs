namespace RaceLab.Python.Syntax;

/// <summary>
/// Pass 1 of Python/symtable.c: visits the tree in symtable's order, opening a block per def, lambda and
/// comprehension and recording how each name occurs in it. Also raises symtable's own errors about
/// global / nonlocal declarations.
/// </summary>
internal sealed partial class SymbolTableBuilder
{
    private readonly ModuleNode _module;
    private readonly Dictionary<Node, Scope> _byNode = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(Scope Scope, string Name), Node> _directives = [];
    private Scope _current;

    public SymbolTableBuilder(ModuleNode module)
    {
        _module = module;
        _current = Open(ScopeKind.Module, "top", module, parent: null);
        Module = _current;
    }

    public Scope Module { get; }

    public Dictionary<Node, Scope> ByNode => _byNode;

    /// <summary>Where each global / nonlocal declaration was made, for errors found later in analysis.</summary>
    public Dictionary<(Scope Scope, string Name), Node> Directives => _directives;

    public void Build()
    {
        foreach (var statement in _module.Body)
        {
            Visit(statement);
        }
    }

    private Scope Open(ScopeKind kind, string name, Node node, Scope? parent)
    {
        var scope = new Scope(kind, name, node, parent);
        _byNode[node] = scope;
        return scope;
    }

    private void InBlock(ScopeKind kind, string name, Node node, Action body)
    {
        var saved = _current;
        _current = Open(kind, name, node, saved);
        body();
        _current = saved;
    }

    private void AddDef(string name, SymbolFlags flag)
    {
        _current.Flags[name] = _current.Flags.GetValueOrDefault(name) | flag;
        if (flag == SymbolFlags.DefParam)
        {
            _current.AddParameter(name);
        }

        // symtable_add_def: a global declaration anywhere also marks the module's own symbol.
        if (flag == SymbolFlags.DefGlobal && _current != Module)
        {
            Module.Flags[name] = Module.Flags.GetValueOrDefault(name) | flag;
        }
    }

    private void Declare(Statement statement, IEnumerable<string> names, bool global)
    {
        var kind = global ? "global" : "nonlocal";
        foreach (var name in names)
        {
            var current = _current.Flags.GetValueOrDefault(name);
            if ((current & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefImport | SymbolFlags.DefAnnot)) != 0)
            {
                var message = (current & SymbolFlags.DefParam) != 0 ? $"name '{name}' is parameter and {kind}"
                    : (current & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to {kind} declaration"
                    : (current & SymbolFlags.DefAnnot) != 0 ? $"annotated name '{name}' can't be {kind}"
                    : $"name '{name}' is assigned to before {kind} declaration";
                throw Error(statement, message);
            }

            AddDef(name, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal);
            _directives.TryAdd((_current, name), statement);
        }
    }

    public PythonSyntaxException Error(Node at, string message) => new(_module.FileName, at.Span.Line, at.Span.Column + 1, message);
}
