namespace RaceLab.Python.Syntax;

/// <summary>
/// Pass 2 of Python/symtable.c (analyze_block, analyze_name, analyze_cells, update_symbols): resolves every
/// name to local / global / free / cell, passing free variables up to the function that binds them. From
/// 3.12 on, list comprehensions are inlined into their parent block (inline_comprehension, PEP 709).
/// </summary>
internal sealed class ScopeResolver(SymbolTableBuilder builder, PythonVersion version)
{
    // A block's children as symtable.c sees them after analysis: an inlined comprehension is replaced by its own children.
    private readonly Dictionary<Scope, List<Scope>> _children = [];

    private bool InlinesComprehensions => version >= PythonVersion.Py312;

    public void Resolve(Scope module)
    {
        AnalyzeBlock(module, bound: null, free: [], global: []);
    }

    private void AnalyzeBlock(Scope scope, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        // A class namespace is invisible to nested functions: they see the globals and bindings from before it.
        var isClass = scope.Kind == ScopeKind.Class;
        var classGlobal = isClass ? new HashSet<string>(global, StringComparer.Ordinal) : null;
        var local = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, flags) in scope.Flags.ToList())
        {
            AnalyzeName(scope, name, flags, bound, local, free, global);
        }

        var newBound = new HashSet<string>(StringComparer.Ordinal);
        if (scope.IsFunctionLike)
        {
            newBound.UnionWith(local);
        }

        if (bound is not null)
        {
            newBound.UnionWith(bound);
        }

        var newGlobal = classGlobal ?? new HashSet<string>(global, StringComparer.Ordinal);
        if (isClass)
        {
            newBound.Add("__class__");
        }

        var newFree = new HashSet<string>(StringComparer.Ordinal);
        var inlinedCells = new HashSet<string>(StringComparer.Ordinal);
        var children = new List<Scope>();
        foreach (var child in scope.Children)
        {
            var childFree = new HashSet<string>(newFree, StringComparer.Ordinal);
            AnalyzeBlock(child, new HashSet<string>(newBound, StringComparer.Ordinal), childFree, new HashSet<string>(newGlobal, StringComparer.Ordinal));
            if (InlinesComprehensions && child.Kind == ScopeKind.Comprehension && !child.IsGenerator)
            {
                InlineComprehension(scope, child, childFree, inlinedCells);
                child.IsInlined = true;
                children.AddRange(_children[child]);
            }
            else
            {
                children.Add(child);
            }

            newFree.UnionWith(childFree);
        }

        _children[scope] = children;

        if (scope.IsFunctionLike)
        {
            AnalyzeCells(scope, newFree, inlinedCells);
        }
        else if (isClass && newFree.Remove("__class__"))
        {
            // drop_class_free: the class body, not a parent, provides __class__.
            scope.NeedsClassClosure = true;
        }

        foreach (var name in inlinedCells)
        {
            scope.Flags[name] = scope.Flags.GetValueOrDefault(name) | SymbolFlags.DefCompCell;
        }

        UpdateSymbols(scope, bound, newFree);
        free.UnionWith(newFree);
    }

    private void AnalyzeName(Scope scope, string name, SymbolFlags flags, HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
            {
                throw DirectiveError(scope, name, $"name '{name}' is nonlocal and global");
            }

            scope.Scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
        }
        else if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null || !bound.Contains(name))
            {
                throw DirectiveError(scope, name, $"no binding for nonlocal '{name}' found");
            }

            scope.Scopes[name] = SymbolScope.Free;
            free.Add(name);
        }
        else if ((flags & SymbolFlags.Bound) != 0)
        {
            scope.Scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
        }
        else if (bound is not null && bound.Contains(name))
        {
            scope.Scopes[name] = SymbolScope.Free;
            free.Add(name);
        }
        else
        {
            scope.Scopes[name] = SymbolScope.GlobalImplicit;
        }
    }

    /// <summary>Locals of a function that some nested block uses freely become cells.</summary>
    private static void AnalyzeCells(Scope scope, HashSet<string> free, HashSet<string> inlinedCells)
    {
        foreach (var (name, resolved) in scope.Scopes.ToList())
        {
            if (resolved != SymbolScope.Local)
            {
                continue;
            }

            if (free.Contains(name) || inlinedCells.Contains(name))
            {
                scope.Scopes[name] = SymbolScope.Cell;
                free.Remove(name);
            }
        }
    }

    /// <summary>Free variables of nested blocks that pass through this one become free here too.</summary>
    private static void UpdateSymbols(Scope scope, HashSet<string>? bound, HashSet<string> free)
    {
        foreach (var name in free)
        {
            if (scope.Flags.ContainsKey(name))
            {
                continue;
            }

            if (bound is not null && !bound.Contains(name))
            {
                continue;
            }

            scope.Flags[name] = SymbolFlags.None;
            scope.Scopes[name] = SymbolScope.Free;
        }
    }

    /// <summary>inline_comprehension (3.12+): the comprehension's names join the parent block.</summary>
    private void InlineComprehension(Scope parent, Scope comprehension, HashSet<string> comprehensionFree, HashSet<string> inlinedCells)
    {
        foreach (var (name, flags) in comprehension.Flags)
        {
            if ((flags & SymbolFlags.DefParam) != 0)
            {
                continue;
            }

            var resolved = comprehension.Scopes.GetValueOrDefault(name, SymbolScope.GlobalImplicit);
            if (resolved == SymbolScope.Cell)
            {
                inlinedCells.Add(name);
            }

            if (!parent.Flags.TryGetValue(name, out var existing))
            {
                parent.Flags[name] = flags;
                parent.Scopes[name] = resolved;
            }
            else if ((existing & SymbolFlags.Bound) != 0 && !IsFreeInAnyChild(comprehension, name))
            {
                comprehensionFree.Remove(name);
            }
        }
    }

    private bool IsFreeInAnyChild(Scope scope, string name) =>
        _children[scope].Any(child => child.Scopes.GetValueOrDefault(name) == SymbolScope.Free);

    private PythonSyntaxException DirectiveError(Scope scope, string name, string message) =>
        builder.Directives.TryGetValue((scope, name), out var at)
            ? builder.Error(at, message)
            : builder.Error(scope.Node, message);
}
