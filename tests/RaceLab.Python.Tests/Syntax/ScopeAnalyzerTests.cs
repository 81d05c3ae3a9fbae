using RaceLab.Python.Syntax;

namespace RaceLab.Python.Tests.Syntax;

public sealed class ScopeAnalyzerTests
{
    private const string Counter = """
        count = 0
        def worker(n):
            global count
            for i in range(n):
                count += 1
        def reader():
            return count + total
        total = 1
        """;

    private static SymbolTable Analyze(string source, PythonVersion version = PythonVersion.Py313) =>
        ScopeAnalyzer.Analyze(AstOptimizer.Optimize(PythonParser.Parse(source, "prog.py", version), version));

    private static Scope Function(SymbolTable table, string name) => table.All.Single(s => s.Name == name);

    [Fact]
    public void Analyze_GlobalDeclaredInFunction_MakesTheModuleNameGlobalExplicit()
    {
        // Real CPython compiles the module's "count = 0" to STORE_GLOBAL because of the global statement in worker.
        var table = Analyze(Counter);

        Assert.Equal(SymbolScope.GlobalExplicit, table.Module.ScopeOf("count"));
        Assert.Equal(SymbolScope.Local, table.Module.ScopeOf("total"));
        Assert.Equal(SymbolScope.GlobalExplicit, Function(table, "worker").ScopeOf("count"));
        Assert.Equal(SymbolScope.GlobalImplicit, Function(table, "worker").ScopeOf("range"));
        Assert.Equal(SymbolScope.Local, Function(table, "worker").ScopeOf("i"));
        Assert.Equal(SymbolScope.GlobalImplicit, Function(table, "reader").ScopeOf("count"));
        Assert.Null(Function(table, "reader").ScopeOf("i"));
    }

    [Fact]
    public void Analyze_Closure_MarksCellInOuterAndFreeInInner()
    {
        var table = Analyze("def outer(a):\n    def inner():\n        return a\n    return inner\n");

        var outer = Function(table, "outer");
        var inner = Function(table, "inner");
        Assert.Equal(SymbolScope.Cell, outer.ScopeOf("a"));
        Assert.Equal(SymbolScope.Free, inner.ScopeOf("a"));
        Assert.Equal(["a"], outer.Parameters.ToArray());
        Assert.True(inner.IsNested);
        Assert.False(outer.IsNested);
        Assert.Same(outer, inner.Parent);
        Assert.Same(inner, table.ScopeOf(outer.Children[0].Node));
    }

    [Fact]
    public void Analyze_Symbols_KeepSymtableOrderAndFlags()
    {
        var table = Analyze("def f(a, b=1):\n    x = a\n    print(x)\n    import os.path\n");

        var symbols = Function(table, "f").Symbols;
        Assert.Equal(["a", "b", "x", "print", "os"], symbols.Select(s => s.Name));
        Assert.Equal(SymbolFlags.DefParam | SymbolFlags.Use, symbols[0].Flags);
        Assert.Equal(SymbolFlags.DefLocal | SymbolFlags.Use, symbols[2].Flags);
        Assert.Equal(SymbolFlags.DefImport, symbols[4].Flags);
    }

    [Theory]
    [InlineData(PythonVersion.Py311, false, "<listcomp> has its own code object")]
    [InlineData(PythonVersion.Py312, true, "PEP 709 inlines it")]
    public void Analyze_ListComprehension_IsInlinedFrom312(PythonVersion version, bool inlined, string why)
    {
        var table = Analyze("def f(xs):\n    return [x for x in xs]\n", version);

        var comprehension = table.All.Single(s => s.Kind == ScopeKind.Comprehension);
        Assert.True(comprehension.IsInlined == inlined, why);
        Assert.Equal([".0"], comprehension.Parameters.ToArray());
        Assert.Equal(inlined ? ["xs", "x"] : ["xs"], Function(table, "f").VarNames.ToArray());
    }

    [Theory]
    [InlineData("def f():\n  global x\n  x = 1\n  global x\n", 4, 3, "name 'x' is assigned to before global declaration")]
    [InlineData("def f():\n    print(x)\n    global x\n", 3, 5, "name 'x' is used prior to global declaration")]
    [InlineData("def f(x):\n  global x\n", 2, 3, "name 'x' is parameter and global")]
    [InlineData("def f():\n    x = 1\n    nonlocal x\n", 3, 5, "name 'x' is assigned to before nonlocal declaration")]
    [InlineData("def f():\n  x = 1\n  def g():\n    nonlocal y\n", 4, 5, "no binding for nonlocal 'y' found")]
    [InlineData("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", 4, 9, "name 'x' is nonlocal and global")]
    [InlineData("def g():\n    global z\n    z: int = 1\n", 3, 5, "annotated name 'z' can't be global")]
    [InlineData("def g():\n    z: int\n    global z\n", 3, 5, "annotated name 'z' can't be global")]
    [InlineData("def f():\n    z = 1\n    def g():\n        nonlocal z\n        z: int = 2\n", 5, 9, "annotated name 'z' can't be nonlocal")]
    public void Analyze_ConflictingDeclarations_ReportsCPythonErrorAndPosition(string source, int line, int column, string message)
    {
        var error = Assert.Throws<PythonSyntaxException>(() => Analyze(source, PythonVersion.Py312));

        Assert.Equal($"prog.py:{line}:{column}: {message}", error.Describe());
    }
}
