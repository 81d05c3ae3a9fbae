using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>Programs that can run forever are reported, never explored without end.</summary>
public sealed class EndlessLoopTests
{
    [Theory]
    [InlineData("3.9", Granularity.Bytecode)]
    [InlineData("3.12", Granularity.Bytecode)]
    [InlineData("3.9", Granularity.Memory)]
    public void Explore_SpinOnAFlag_ReportsThatAScheduleComesBackToAState(string python, Granularity granularity)
    {
        var error = Assert.Throws<EndlessLoopException>(() => Explore("spin_flag", python, granularity, bound: null));

        Assert.Contains("comes back to a state it was in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_SpinOnAFlagUnderBound_Completes()
    {
        var result = Explore("spin_flag", "3.9", Granularity.Bytecode, bound: 2);

        Assert.True(result.Complete);
        Assert.Contains(result.Outcomes, o => o.Outcome.Globals.Contains(new("count", "1")));
    }

    [Fact]
    public void Explore_LocalEndlessLoop_ReportsTheThread()
    {
        var error = Assert.Throws<EndlessLoopException>(() => Explore("spin_local", "3.9", Granularity.Memory, bound: null));

        Assert.StartsWith("thread 1 took 1,000,000 steps in a row without touching shared state", error.Message, StringComparison.Ordinal);
    }

    private static ExplorationResult Explore(string program, string python, Granularity granularity, int? bound) =>
        new StateSpaceExplorer<PythonState>(new PythonMachine(ProgramCode.Load(program, python), new PythonMachineOptions
        {
            Bound = bound,
            Granularity = granularity,
        })).Explore();
}
