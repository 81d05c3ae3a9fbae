using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Tests.Python;

public sealed class PythonExplorationTests
{
    [Theory]
    [InlineData("inline_counter", "3.9", new[] { 2, 3, 4 })]
    [InlineData("inline_counter", "3.10", new[] { 4 })]
    [InlineData("inline_counter", "3.11", new[] { 4 })]
    [InlineData("inline_counter", "3.12", new[] { 4 })]
    [InlineData("inline_counter", "3.13", new[] { 4 })]
    [InlineData("inline_counter", "3.13t", new[] { 2, 3, 4 })]
    [InlineData("helper_counter", "3.9", new[] { 2, 3, 4 })]
    [InlineData("helper_counter", "3.10", new[] { 4 })]
    [InlineData("helper_counter", "3.11", new[] { 4 })]
    [InlineData("helper_counter", "3.12", new[] { 4 })]
    [InlineData("helper_counter", "3.13", new[] { 4 })]
    [InlineData("helper_counter", "3.13t", new[] { 2, 3, 4 })]
    [InlineData("call_in_window", "3.9", new[] { 2, 3, 4 })]
    [InlineData("call_in_window", "3.10", new[] { 2, 3, 4 })]
    [InlineData("call_in_window", "3.11", new[] { 2, 3, 4 })]
    [InlineData("call_in_window", "3.12", new[] { 2, 3, 4 })]
    [InlineData("call_in_window", "3.13", new[] { 2, 3, 4 })]
    [InlineData("call_in_window", "3.13t", new[] { 2, 3, 4 })]
    [InlineData("while_counter", "3.9", new[] { 2, 3, 4 })]
    [InlineData("while_counter", "3.10", new[] { 4 })]
    [InlineData("while_counter", "3.11", new[] { 4 })]
    [InlineData("while_counter", "3.12", new[] { 4 })]
    [InlineData("while_counter", "3.13", new[] { 4 })]
    [InlineData("while_counter", "3.13t", new[] { 2, 3, 4 })]
    [InlineData("locked_counter", "3.9", new[] { 4 })]
    [InlineData("locked_counter", "3.11", new[] { 4 })]
    [InlineData("locked_counter", "3.13", new[] { 4 })]
    [InlineData("locked_counter", "3.13t", new[] { 4 })]
    public void Explore_TwoThreadsTwoIncrements_ReachesExactlyTheVersionsCounts(string program, string python, int[] counts)
    {
        var result = Explore(program, python, 2);

        Assert.True(result.Complete);
        Assert.Equal(counts, result.Outcomes.Select(Count).Order());
        var serial = Assert.Single(result.Outcomes, o => o.Serial);
        Assert.Equal(4, Count(serial));
        Assert.Equal(counts.Length > 1, result.AnomalyReachable);
    }

    [Theory]
    [InlineData("inline_counter", "3.9")]
    [InlineData("call_in_window", "3.11")]
    [InlineData("inline_counter", "3.13t")]
    public void Replay_EveryWitness_ReproducesItsOutcome(string program, string python)
    {
        var machine = Machine(program, python, 2);
        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        foreach (var outcome in result.Outcomes)
        {
            var replay = new ScheduleReplayer<PythonState>(machine).Replay(outcome.Witness!.Schedule);
            Assert.Equal(outcome.Outcome, replay.Outcome);
            Assert.Equal(outcome.MinPreemptions, replay.Witness.Preemptions);
        }
    }

    [Theory]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Explore_WhileLoopUnderBound_RunsExactlyKIterations(string python)
    {
        // --bound 3: the thread-creation loop makes 3 threads and each bounded million-iteration while loop
        // adds 3, so count ends at 9 (the GIL keeps every update on these versions).
        var result = Explore("while_counter", python, 3);

        Assert.True(result.Complete);
        Assert.Equal([9], result.Outcomes.Select(Count));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Explore_WhileLoopWithContinueUnderBound_CountsEveryJumpBackTowardsK(string python)
    {
        // i = 1 continues (jump back 1), i = 2 keeps one (jump back 2), i = 3 continues: the third jump back
        // leaves the loop. From 3.11 the continue (inside `with`) jumps to the loop's top test and the closing
        // jump to its body: two heads, one loop. Before they were one loop, the continue's exit was the
        // instruction after it (`kept += 1`, inside the with block) and 3.12 crashed there.
        var result = Explore("while_continue_bound", python, 3);

        Assert.True(result.Complete);
        Assert.Equal(["3 1"], Assert.Single(result.Outcomes).Outcome.Output);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Explore_InnerWhileLoopEnteredAgain_RunsKIterationsAfresh(string python)
    {
        // --bound 3, an inner `while j < 2` that its condition ends after 2 iterations, entered 3 times: 6.
        // Its count used to carry over into the next entry, which the bound then cut after 1 (5).
        var result = Explore("nested_while_bound", python, 3);

        Assert.Equal(["3 6"], Assert.Single(result.Outcomes).Outcome.Output);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_SwitchIntervalSetBeforeTheThreads_IsReadBackInEveryOutcome(string python)
    {
        // Snapshots carry the interval sys.setswitchinterval set; every witness replays to the same output.
        var result = Explore("interval_and_late_helper", python, 2);

        Assert.True(result.Complete);
        Assert.All(result.Outcomes, o => Assert.StartsWith("1e-05 ", o.Outcome.Output.Single(), StringComparison.Ordinal));
    }

    internal static PythonMachine Machine(string program, string python, int bound) =>
        new(ProgramCode.Load(program, python), new PythonMachineOptions { Bound = bound, FreeThreaded = python.EndsWith('t') });

    internal static ExplorationResult Explore(string program, string python, int bound) =>
        new StateSpaceExplorer<PythonState>(Machine(program, python, bound)).Explore();

    private static int Count(OutcomeReport report) =>
        int.Parse(report.Outcome.Globals.Single(g => g.Key == "count").Value, System.Globalization.CultureInfo.InvariantCulture);
}
