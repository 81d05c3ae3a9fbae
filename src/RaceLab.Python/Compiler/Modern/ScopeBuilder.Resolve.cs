namespace RaceLab.Python.Compiler.Modern;

internal sealed partial class ScopeBuilder
{
    /// <summary>CPython's analyze_block, top-down for what enclosing functions provide, bottom-up for cells.</summary>
    private static void Resolve(Scope root)
    {
        foreach (var name in root.Bound.Concat(root.Used))
        {
            root.Resolve(name, root.Globals.Contains(name)
                ? NameScope.GlobalExplicit
                : root.Bound.Contains(name) ? NameScope.Local : NameScope.GlobalImplicit);
        }

        foreach (var child in root.Children)
        {
            Resolve(child, new HashSet<string>(StringComparer.Ordinal));
        }
    }

    private static void Resolve(Scope scope, HashSet<string> provided)
    {
        var names = scope.Parameters.Concat(scope.Bound).Concat(scope.Used).Concat(scope.Nonlocals).Concat(scope.Globals);
        foreach (var name in names)
        {
            NameScope resolved;
            if (scope.Globals.Contains(name))
            {
                resolved = NameScope.GlobalExplicit;
            }
            else if (scope.Nonlocals.Contains(name))
            {
                resolved = NameScope.Free;
            }
            else if (scope.Binds(name))
            {
                resolved = NameScope.Local;
            }
            else if (scope.Inlined)
            {
                // Resolved through the enclosing scope when the code generator asks.
                continue;
            }
            else
            {
                resolved = provided.Contains(name) ? NameScope.Free : NameScope.GlobalImplicit;
            }

            scope.Resolve(name, resolved);
        }

        var inner = new HashSet<string>(provided, StringComparer.Ordinal);
        foreach (var (name, resolved) in scope.Resolved)
        {
            if (resolved is NameScope.Local or NameScope.Free or NameScope.Cell)
            {
                inner.Add(name);
            }
            else
            {
                inner.Remove(name);
            }
        }

        foreach (var child in scope.Children)
        {
            Resolve(child, inner);
            foreach (var free in FreeNames(child))
            {
                if (scope.Resolved.TryGetValue(free, out var mine))
                {
                    if (mine == NameScope.Local)
                    {
                        scope.Resolve(free, NameScope.Cell);
                    }
                }
                else if (!scope.Inlined)
                {
                    scope.Resolve(free, NameScope.Free);
                }
            }
        }
    }

    /// <summary>The free variables of a scope, looking through inlined comprehensions.</summary>
    private static IEnumerable<string> FreeNames(Scope scope) =>
        scope.Resolved.Where(p => p.Value == NameScope.Free).Select(p => p.Key)
            .Concat(scope.Inlined ? scope.Children.SelectMany(FreeNames).Where(n => !scope.Binds(n)) : []);
}
