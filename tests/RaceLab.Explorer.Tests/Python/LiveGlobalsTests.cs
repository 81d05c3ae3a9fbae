using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>Dead module-only globals leave the state keys only when they are not part of the outcome.</summary>
public sealed class LiveGlobalsTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    public void Explore_DeadGlobalHoldingData_StillTellsOutcomesApart(string python)
    {
        // Main copies count into `seen`, which nothing reads again, then resets count: the two states after
        // the reset differ only in `seen`. Merging them would lose one of its final values.
        var machine = new PythonMachine(ProgramCode.Load("dead_data_global", python), new PythonMachineOptions { Granularity = Granularity.Memory });

        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        Assert.Equal(["1", "2"], result.Outcomes.Select(o => o.Outcome.Globals.Single(g => g.Key == "seen").Value).Order());
        Assert.Equal([4, 2], result.Outcomes.OrderBy(o => o.Outcome.Globals.Single(g => g.Key == "seen").Value).Select(o => (int)o.Interleavings));
    }
}
