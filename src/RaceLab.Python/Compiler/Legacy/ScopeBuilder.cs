using System.Runtime.CompilerServices;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// Python/symtable.c for the supported subset: collects each block's bindings and uses, then resolves
/// names (local, global, free, cell) the way CPython's analyze_block does.
/// </summary>
internal sealed partial class ScopeBuilder
{
    private readonly ConditionalWeakTable<Node, Scope> _scopes = [];
    private readonly Scope _root;
    private Scope _current;

    private ScopeBuilder(Scope module)
    {
        _root = module;
        _current = module;
    }

    public static ScopeBuilder Build(ModuleNode module)
    {
        var root = new Scope(ScopeKind.Module, null);
        var builder = new ScopeBuilder(root);
        builder._scopes.Add(module, root);
        foreach (var statement in module.Body)
        {
            builder.Visit(statement);
        }

        Analyze(root, new HashSet<string>(StringComparer.Ordinal));
        return builder;
    }

    public Scope For(Node node) =>
        _scopes.TryGetValue(node, out var scope) ? scope : throw new InvalidOperationException($"no scope for {node.GetType().Name}");

    private Scope Enter(Node node, ScopeKind kind)
    {
        var scope = new Scope(kind, _current);
        _current.Children.Add(scope);
        _scopes.Add(node, scope);
        _current = scope;
        return scope;
    }

    private void Leave() => _current = _current.Parent!;

    private void Bind(string name) => _current.Assigned.Add(name);

    private void Use(string name) => _current.Used.Add(name);

    private static void Analyze(Scope scope, HashSet<string> enclosingBound)
    {
        var names = new SortedSet<string>(scope.Used, StringComparer.Ordinal);
        names.UnionWith(scope.Assigned);
        names.UnionWith(scope.Parameters);
        names.UnionWith(scope.DeclaredGlobal);
        names.UnionWith(scope.DeclaredNonlocal);
        foreach (var name in names)
        {
            scope.Symbols[name] = Classify(scope, name, enclosingBound);
        }

        var bound = new HashSet<string>(enclosingBound, StringComparer.Ordinal);
        if (scope.IsFunctionLike)
        {
            foreach (var (name, kind) in scope.Symbols)
            {
                if (kind == SymbolScope.Local)
                {
                    bound.Add(name);
                }
            }
        }

        bound.ExceptWith(scope.DeclaredGlobal);
        var childFree = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var child in scope.Children)
        {
            Analyze(child, bound);
            childFree.UnionWith(child.FreeVars);
        }

        foreach (var name in childFree)
        {
            if (!scope.IsFunctionLike)
            {
                continue;
            }

            if (scope.Symbols.TryGetValue(name, out var kind))
            {
                if (kind == SymbolScope.Local)
                {
                    scope.Symbols[name] = SymbolScope.Cell;
                }
            }
            else
            {
                // Passed through to a nested block: free here too.
                scope.Symbols[name] = SymbolScope.Free;
            }
        }

        scope.CellVars.AddRange(scope.Symbols.Where(s => s.Value == SymbolScope.Cell).Select(s => s.Key).Order(StringComparer.Ordinal));
        scope.FreeVars.AddRange(scope.Symbols.Where(s => s.Value == SymbolScope.Free).Select(s => s.Key).Order(StringComparer.Ordinal));
    }

    private static SymbolScope Classify(Scope scope, string name, HashSet<string> enclosingBound)
    {
        if (scope.DeclaredGlobal.Contains(name))
        {
            return SymbolScope.GlobalExplicit;
        }

        if (scope.DeclaredNonlocal.Contains(name))
        {
            return SymbolScope.Free;
        }

        if (scope.Assigned.Contains(name) || scope.Parameters.Contains(name))
        {
            return SymbolScope.Local;
        }

        return enclosingBound.Contains(name) ? SymbolScope.Free : SymbolScope.GlobalImplicit;
    }
}
