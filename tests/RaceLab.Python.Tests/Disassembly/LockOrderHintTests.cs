using RaceLab.Python.Disassembly;

namespace RaceLab.Python.Tests.Disassembly;

public sealed class LockOrderHintTests
{
    private const string OppositeOrders = """
        import threading

        a = threading.Lock()
        b = threading.Lock()


        def one():
            with a:
                with b:
                    pass


        def two():
            b.acquire()
            with a:
                pass
            b.release()
        """;

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Find_LocksTakenInOppositeOrders_IsOneHintNamingBothPlaces(string label)
    {
        Assert.True(PythonVersions.TryParse(label, out var parsed));
        var version = parsed!.Value;
        var report = SwitchPointAnalyzer.Analyze(PythonCompiler.Compile(OppositeOrders, "locks.py", version));

        var conflict = Assert.Single(LockOrderHints.Find(report));

        Assert.Equal(("a", "b", "one", 9), (conflict.First.Outer, conflict.First.Inner, conflict.First.Code.Name, conflict.First.Line));
        Assert.Equal(("b", "a", "two", 15), (conflict.Second.Outer, conflict.Second.Inner, conflict.Second.Code.Name, conflict.Second.Line));
        Assert.Contains("static hint", conflict.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_LocksAlwaysTakenInTheSameOrder_IsNoHint()
    {
        var sameOrder = OppositeOrders.Replace("""
                b.acquire()
                with a:
                    pass
                b.release()
            """, """
                with a:
                    with b:
                        pass
            """, StringComparison.Ordinal);
        var report = SwitchPointAnalyzer.Analyze(PythonCompiler.Compile(sameOrder, "locks.py", PythonVersion.Py311));

        Assert.Empty(LockOrderHints.Find(report));
    }
}
