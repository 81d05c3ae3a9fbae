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
    [InlineData("class_counter", "3.9", new[] { 2, 3, 4 })]
    [InlineData("class_counter", "3.10", new[] { 4 })]
    [InlineData("class_counter", "3.11", new[] { 4 })]
    [InlineData("class_counter", "3.12", new[] { 4 })]
    [InlineData("class_counter", "3.13", new[] { 4 })]
    [InlineData("class_counter", "3.13t", new[] { 2, 3, 4 })]
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
    [InlineData("class_counter", "3.9")]
    [InlineData("class_counter", "3.13t")]
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

    /// <summary>
    /// Every version (the programs are single-threaded; the bound is 3). while_continue_bound: i = 1 continues
    /// (jump back 1), i = 2 keeps one (2), i = 3 continues and the third jump back leaves: "3 1". From 3.11 the
    /// continue (inside <c>with</c>) jumps to the loop's top test and the closing jump to its body, two heads of
    /// one loop; when they were two loops the continue's exit was inside the with block and 3.12 crashed.
    /// nested_while_bound: an inner <c>while j &lt; 2</c>, ended by its condition, entered 3 times, runs twice
    /// each time: "3 6" (its count used to carry over into the next entry, which the bound cut short: "3 5").
    /// </summary>
    [Theory]
    [MemberData(nameof(BoundedWhileLoops))]
    public void Explore_WhileLoopsUnderBound_RunWhatTheBoundAllows(string program, string python, string output)
    {
        var result = Explore(program, python, 3);

        Assert.True(result.Complete);
        Assert.Equal([output], Assert.Single(result.Outcomes).Outcome.Output);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_DictLoopsUnderBound_RunAtMostKIterations(string python)
    {
        // A dict's iterator (over the dict, a view, reversed) stops after K items under --bound K, as a list's does.
        const string source = """
            d = {"a": 1, "b": 2, "c": 3, "d": 4}
            seen = []
            for k, v in d.items():
                seen.append(k)
            for k in d:
                seen.append(k)
            for v in reversed(d.values()):
                seen.append(v)
            print(seen)
            """;
        var machine = RaceLab.Explorer.Tests.Sampling.SampledPrograms.Machine(source, python, bound: 2);

        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        Assert.Equal(["['a', 'b', 'a', 'b', 4, 3]"], Assert.Single(result.Outcomes).Outcome.Output);
    }

    public static TheoryData<string, string, string> BoundedWhileLoops()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var python in new[] { "3.9", "3.10", "3.11", "3.12", "3.13" })
        {
            data.Add("while_continue_bound", python, "3 1");
            data.Add("nested_while_bound", python, "3 6");
        }

        return data;
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

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.13")]
    [InlineData("3.13t")]
    public void Explore_CheckThenActOnADict_ReachesTheDuplicateCreationWithAWitness(string python)
    {
        // if key not in cache: cache[key] = make(key) — make() is a Python call, a switch point on every
        // version, so both threads can pass the test before either stores.
        var machine = Machine("check_then_act_cache", python, 2);
        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        var made = result.Outcomes.Select(o => o.Outcome.Globals.Single(g => g.Key == "made").Value).ToHashSet();
        Assert.Equal(["1", "2"], made.Order(StringComparer.Ordinal));
        var duplicate = result.Outcomes.First(o => o.Outcome.Globals.Single(g => g.Key == "made").Value == "2");
        var replay = new ScheduleReplayer<PythonState>(machine).Replay(duplicate.Witness!.Schedule);
        Assert.Equal(duplicate.Outcome, replay.Outcome);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.13t")]
    public void Explore_ListHeldByASharedInstance_IsSharedToo(string python)
    {
        // log.items is reached through the instance in a global: appending to it is a step other threads see,
        // so both orders are reachable, each by the same number of interleavings.
        var result = Explore("instance_list_append", python, 2);

        Assert.True(result.Complete);
        var orders = result.Outcomes.ToDictionary(
            o => o.Outcome.Globals.Single(g => g.Key == "order").Value, o => o.Interleavings);
        Assert.Equal(["12", "21"], orders.Keys.Order(StringComparer.Ordinal));
        if (python == "3.13t")
        {
            Assert.Equal(3, orders["12"]);
            Assert.Equal(3, orders["21"]);
        }
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_DictViewIteratedWhileAnotherThreadAddsAKey_ReachesTheSizeChangeError(string python)
    {
        // The view and the dict iterator are copied and keyed with the state: the reader sums the old keys,
        // the new ones, or gets the RuntimeError when the key is added between two of its steps. --bound 3: the
        // bound caps a loop over a dict as over a list, and the reader's loop over the grown dict takes three.
        var result = Explore("dict_view_iteration", python, 3);

        Assert.True(result.Complete);
        var totals = result.Outcomes.Select(o => o.Outcome.Globals.Single(g => g.Key == "total").Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["-1", "3", "6"], totals);
    }

    private static int Count(OutcomeReport report) =>
        int.Parse(report.Outcome.Globals.Single(g => g.Key == "count").Value, System.Globalization.CultureInfo.InvariantCulture);
}
