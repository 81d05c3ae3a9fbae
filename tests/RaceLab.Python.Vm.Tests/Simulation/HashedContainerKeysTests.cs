using System.Text.RegularExpressions;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;

namespace RaceLab.Python.Vm.Tests.Simulation;

/// <summary>Objects with a Python __hash__/__eq__ inside tuples used as keys, and the default repr of an instance (its address is ours, so no golden prints it).</summary>
public sealed partial class HashedContainerKeysTests
{
    private const string Point = """
        class P:
            def __init__(self, x, y):
                self.x, self.y = x, y
            def __eq__(self, o):
                return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
            def __hash__(self):
                return hash((self.x, self.y))

        """;

    private static SimulationResult Run(string source, string label)
    {
        var version = ProgramCorpus.Version(label);
        return Simulator.Run(Python.PythonCompiler.Compile(source, "keys.py", version), new SimulationOptions { Version = version });
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Simulate_TupleHoldingAnObjectWithPythonHash_FindsTheEqualKey(string versionLabel)
    {
        var result = Run(Point + """
            d = {}
            d[P(1, 2)] = 1
            d[P(1, 2)] = d.get(P(1, 2), 0) + 1
            print(len(d), d[P(1, 2)])
            d2 = {(1, P(3, 4)): "a"}
            print(d2[(1, P(3, 4))])
            s = {P(1, 2), P(1, 2)}
            print(len(s))
            """, versionLabel);

        Assert.Equal(["1 2", "a", "1"], result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    public void Simulate_DefaultReprOfAnInstance_NamesItsModuleAndTheAddressIdGives(string versionLabel)
    {
        var result = Run(Point + """
            class Outer:
                class Inner:
                    pass

            p = P(1, 2)
            print(p, Outer.Inner())
            print("%x" % id(p) in repr(p), repr(p) == repr(p), repr(p) != repr(P(1, 2)))
            {(1, P(3, 4)): 1}[(1, P(4, 3))]
            """, versionLabel);

        Assert.Matches(DefaultRepr(), result.Output[0]);
        Assert.Equal("True True True", result.Output[1]);
        Assert.Matches(@"^KeyError: \(1, <__main__\.P object at 0x[0-9a-f]+>\)$", result.UncaughtException);
    }

    [GeneratedRegex(@"^<__main__\.P object at 0x[0-9a-f]+> <__main__\.Outer\.Inner object at 0x[0-9a-f]+>$")]
    private static partial Regex DefaultRepr();
}
