namespace RaceLab.Python.Syntax;

/// <summary>
/// CPython's Python/symtable.c for the subset, as <see cref="ModuleNode.Version"/> behaves: run it on the tree
/// the compiler will compile (after <see cref="AstOptimizer"/>, as CPython does), since the scopes are keyed
/// by node reference and dead constant branches matter for co_varnames before 3.11.
/// </summary>
public static class ScopeAnalyzer
{
    /// <exception cref="PythonSyntaxException">symtable's errors: conflicting global / nonlocal declarations, a nonlocal without binding.</exception>
    public static SymbolTable Analyze(ModuleNode module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var builder = new SymbolTableBuilder(module);
        builder.Build();
        new ScopeResolver(builder, module.Version).Resolve(builder.Module);
        var table = new SymbolTable(builder.Module, builder.ByNode);
        var layout = new LocalsLayout(module.Version, builder.ByNode);
        foreach (var scope in table.All)
        {
            scope.Seal();
        }

        foreach (var scope in table.All)
        {
            layout.Apply(scope);
        }

        return table;
    }
}
