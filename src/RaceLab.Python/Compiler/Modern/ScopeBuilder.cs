using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// Builds the scope tree of a module in the order CPython's symtable.c visits it, then resolves every
/// name of every scope (analyze_block): explicit and implicit globals, locals, cells and free variables.
/// </summary>
internal sealed partial class ScopeBuilder
{
    private readonly PythonVersion _version;
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _seenOrder = [];
    private Scope _current;

    private ScopeBuilder(ModuleNode module, PythonVersion version)
    {
        _version = version;
        _current = new Scope(ScopeKind.Module, "<module>", module, null);
        _scopes[module] = _current;
    }

    public static IReadOnlyDictionary<Node, Scope> Build(ModuleNode module, PythonVersion version)
    {
        var builder = new ScopeBuilder(module, version);
        var root = builder._current;
        foreach (var statement in module.Body)
        {
            builder.VisitStatement(statement);
        }

        Resolve(root);
        return builder._scopes;
    }

    private void Bind(string name)
    {
        Seen(name);
        if (!_current.Bound.Contains(name))
        {
            _current.Bound.Add(name);
        }
    }

    private void Use(string name)
    {
        Seen(name);
        _current.Used.Add(name);
    }

    private void Seen(string name)
    {
        if (_current.Kind == ScopeKind.Comprehension && !_seenOrder.Contains(name))
        {
            _seenOrder.Add(name);
        }
    }

    private Scope Enter(ScopeKind kind, string name, Node node, bool inlined = false)
    {
        var scope = new Scope(kind, name, node, _current) { Inlined = inlined };
        _current.Children.Add(scope);
        _scopes[node] = scope;
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private Scope Root
    {
        get
        {
            var scope = _current;
            while (scope.Parent is not null)
            {
                scope = scope.Parent;
            }

            return scope;
        }
    }
}
