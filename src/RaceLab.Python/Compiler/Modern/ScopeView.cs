using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>
/// The code generator's view of the front end's symbol table (<see cref="ScopeAnalyzer"/>, CPython's
/// symtable.c): per block, its parameters, the names it binds in symbol order and each name's scope.
/// </summary>
internal static class ScopeView
{
    /// <exception cref="PythonSyntaxException">symtable's errors, e.g. a name both global and nonlocal.</exception>
    public static IReadOnlyDictionary<Node, Scope> Of(ModuleNode module)
    {
        var table = ScopeAnalyzer.Analyze(module);
        var scopes = new Dictionary<Node, Scope>(ReferenceEqualityComparer.Instance);
        Convert(table.Module, null, scopes);
        return scopes;
    }

    private static void Convert(Syntax.Scope source, Scope? parent, Dictionary<Node, Scope> scopes)
    {
        var scope = new Scope(source.Kind, source.Name, source.Node, parent) { Inlined = source.IsInlined, NeedsClassClosure = source.NeedsClassClosure, IsGenerator = source.IsGenerator };
        parent?.Children.Add(scope);
        scopes[source.Node] = scope;
        scope.Parameters.AddRange(source.Parameters);
        foreach (var symbol in source.Symbols)
        {
            scope.Symbols.Add(symbol.Name);
            if ((symbol.Flags & SymbolFlags.DefLocal) != 0 && (symbol.Flags & SymbolFlags.DefNonlocal) == 0 && !symbol.IsParameter)
            {
                scope.Bound.Add(symbol.Name);
            }

            if ((symbol.Flags & SymbolFlags.DefImport) != 0 && source.Kind == Syntax.ScopeKind.Module)
            {
                scope.Imported.Add(symbol.Name);
            }

            scope.Resolve(symbol.Name, (NameScope)(symbol.Scope - SymbolScope.Local));
        }

        foreach (var child in source.Children)
        {
            Convert(child, scope, scopes);
        }
    }
}
