using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;

namespace RaceLab.Python.Vm.Tests.Simulation;

/// <summary>check-corpus.py --sim's first rule, per program: on every version the model loses updates exactly when real CPython did.</summary>
public sealed class CorpusAgreementTests
{
    public static TheoryData<string> Names => [.. ProgramCorpus.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Simulate_CorpusProgram_AgreesWithRealCPythonOnLosingUpdates(string name)
    {
        var versions = PythonVersions.All.ToArray();
        var results = new SimulationResult[versions.Length];
        Parallel.For(0, versions.Length, i =>
            results[i] = Simulator.Run(ProgramCorpus.Code(name, versions[i]), new SimulationOptions { Version = versions[i] }));

        for (var i = 0; i < versions.Length; i++)
        {
            var real = ProgramCorpus.Runs(name, versions[i]);
            Assert.True(real.Loses == results[i].AssertionFailed,
                $"{name} on {versions[i].Label()}: real CPython {(real.Loses ? "loses" : "is safe")}, the model {(results[i].AssertionFailed ? "loses" : "is safe")}");
        }
    }
}
