using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>
/// Objects of subclasses of built-in types in explored states: an int subclass's instance carries its value and
/// a set subclass's instance its class and attributes through every copy of the state the explorer makes.
/// </summary>
public sealed class SubclassStateTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_IntAndSetSubclassesSharedByTwoThreads_KeepValueClassAndAttributesInEveryOutcome(string python)
    {
        var machine = PythonExplorationTests.Machine("subclass_counter", python, 2);
        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        // bump() is a call between the load and the store: a switch there loses an update on every version.
        Assert.Equal(
            ["2 Count [1, 2] Seen seen", "3 Count [1, 2] Seen seen", "4 Count [1, 2] Seen seen"],
            result.Outcomes.Select(o => Assert.Single(o.Outcome.Output)).Order(StringComparer.Ordinal));
        Assert.Equal("4 Count [1, 2] Seen seen", Assert.Single(Assert.Single(result.Outcomes, o => o.Serial).Outcome.Output));
        foreach (var outcome in result.Outcomes)
        {
            var replay = new ScheduleReplayer<PythonState>(machine).Replay(outcome.Witness!.Schedule);
            Assert.Equal(outcome.Outcome, replay.Outcome);
        }
    }
}
