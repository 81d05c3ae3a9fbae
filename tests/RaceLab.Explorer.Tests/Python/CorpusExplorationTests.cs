using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Loading;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>
/// Every program of the compiler's corpus (real CPython code objects, most of them not about threads at all)
/// explored for its first few thousand states: snapshots, keys and witness replays must hold for every
/// construct the VM runs. Explore replays each witness it reports and throws if one diverges.
/// </summary>
public sealed class CorpusExplorationTests
{
    private static readonly string Golden = Path.Combine(AppContext.BaseDirectory, "Corpus", "Golden");

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var program in Directory.GetDirectories(Golden).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            cases.Add(program!, "3.9");
            cases.Add(program!, "3.12");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Explore_CorpusProgram_RunsAndReplaysItsWitnesses(string program, string python)
    {
        Assert.True(PythonVersions.TryParse(python, out var version));
        var code = CodeObjectJson.Load(File.ReadAllText(Path.Combine(Golden, program, python + ".code.json")), version!.Value, program + ".py");
        PythonMachine machine;
        try
        {
            machine = new PythonMachine(code, new PythonMachineOptions { Bound = 2 });
        }
        catch (VmLoadException)
        {
            // Bytecode the VM does not model (slices, CALL_INTRINSIC_1): refused at load with a message.
            return;
        }

        var result = new StateSpaceExplorer<PythonState>(machine, new ExplorationOptions { MaxStates = 3_000 }).Explore();

        Assert.NotEmpty(result.Outcomes);
        Assert.All(result.Outcomes, o => Assert.NotNull(o.Witness));
    }
}
