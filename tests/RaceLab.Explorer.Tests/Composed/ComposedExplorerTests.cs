using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Engine.Composed;
using RaceLab.Explorer.Models;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;
using RaceLab.Explorer.Tests.Python;

namespace RaceLab.Explorer.Tests.Composed;

/// <summary>
/// States kept as vectors of interned parts give exactly what the search over whole states gives (states,
/// transitions, outcomes, counts, fewest preemptions), and the machine runs only to learn new parts.
/// </summary>
public sealed class ComposedExplorerTests
{
    [Theory]
    [InlineData(2, 5)]
    [InlineData(3, 3)]
    [InlineData(4, 2)]
    public void CounterMachine_Parts_SameAsWholeStates(int threads, int increments)
    {
        var machine = new CounterMachine(threads, increments);

        var whole = new StateSpaceExplorer<CounterState>(machine).Explore();
        var parts = Exploration.Explore(machine);

        Assert.NotNull(parts.LearnedSteps);
        Assert.Equal(Describe(whole), Describe(parts));
    }

    [Fact]
    public void CounterMachine_MorePartsThanAByteHolds_StartsAgainWithFullVectors()
    {
        // Two threads × 16 increments: a thread between its load and store holds one of its 16 iterations and a
        // count it read, more thread parts than narrow keys' 255.
        // (The compiled model's whole states are so cheap that parts would not pay off: they are kept anyway.)
        var machine = new CounterMachine(2, 16);
        var explorer = new ComposedExplorer<CounterState>(machine) { ReplayAllowance = long.MaxValue / 2 };

        var whole = new StateSpaceExplorer<CounterState>(machine).Explore();
        var parts = explorer.Explore(null);

        Assert.False(explorer.NarrowKeysSufficed);
        Assert.Equal(Describe(whole), Describe(parts));

        var smaller = new ComposedExplorer<CounterState>(new CounterMachine(2, 10));
        smaller.Explore(null);
        Assert.True(smaller.NarrowKeysSufficed);
    }

    [Theory]
    [InlineData("load_store_counter", "3.9", Granularity.Memory, null)]
    [InlineData("load_store_3x3", "3.9", Granularity.Memory, null)]
    [InlineData("load_store_3x3", "3.12", Granularity.Memory, null)]
    [InlineData("load_store_3x3", "3.13t", Granularity.Bytecode, null)]
    [InlineData("symmetric_error", "3.9", Granularity.Memory, null)]
    [InlineData("while_counter", "3.11", Granularity.Memory, 2)]
    [InlineData("call_in_window", "3.9", Granularity.Memory, 2)]
    public void Python_Parts_SameAsWholeStates(string program, string python, Granularity granularity, int? bound)
    {
        var machine = Machine(program, python, granularity, bound);

        var whole = new StateSpaceExplorer<PythonState>(machine).Explore();
        var parts = Exploration.Explore(machine);

        Assert.True(whole.Complete);
        Assert.NotNull(parts.LearnedSteps);
        Assert.Equal(Describe(whole), Describe(parts));
        Assert.True(parts.LearnedSteps < parts.Transitions, $"{parts.LearnedSteps} steps learned for {parts.Transitions} transitions");
    }

    [Fact]
    public void Python_Witnesses_ReplayToTheirOutcomesWithTheirPreemptions()
    {
        var machine = Machine("load_store_3x3", "3.9", Granularity.Memory, null);

        var result = Exploration.Explore(machine);

        Assert.Equal(8, result.Outcomes.Count);
        foreach (var outcome in result.Outcomes)
        {
            var replay = new ScheduleReplayer<PythonState>(machine).Replay(outcome.Witness!.Schedule);
            Assert.Equal(outcome.Outcome, replay.Outcome);
            Assert.Equal(outcome.MinPreemptions, replay.Witness.Preemptions);
        }
    }

    [Fact]
    public void Python_LockOwnedByAWorker_SearchesWholeStates()
    {
        // A held lock names its owner, one of several alike workers: the shared part would depend on which.
        var machine = Machine("locked_counter", "3.9", Granularity.Memory, 2);

        var result = Exploration.Explore(machine);

        Assert.Null(result.LearnedSteps);
        Assert.Equal(["_=1, count=4"], result.Outcomes.Select(o => o.Outcome.DescribeGlobals()));
    }

    [Fact]
    public void Python_TheLoadStoreProgram_LearnsFewStepsForManyTransitions()
    {
        var machine = Machine("load_store_3x3", "3.9", Granularity.Memory, null);

        var result = Exploration.Explore(machine);

        // Three workers' parts (each ~10 values) against the count's 10: a few hundred steps at most.
        Assert.InRange(result.LearnedSteps!.Value, 1, 400);
        Assert.True(result.Transitions > 3_000);
    }

    [Fact]
    public void Python_MaxStates_StopsWithAPartialResult()
    {
        var machine = Machine("load_store_3x3", "3.9", Granularity.Memory, null);

        var result = Exploration.Explore(machine, new ExplorationOptions { MaxStates = 700 });

        // Rounds shrink near the limit: the last adds at most four shards × 15 children.
        Assert.NotNull(result.LearnedSteps);
        Assert.False(result.Complete);
        Assert.InRange(result.States, 701, 760);
    }

    [Fact]
    public void Python_EndlessLoop_SameErrorAsWholeStates()
    {
        var machine = Machine("spin_flag", "3.9", Granularity.Memory, null);

        var whole = Assert.Throws<EndlessLoopException>(() => new StateSpaceExplorer<PythonState>(machine).Explore());
        var parts = Assert.Throws<EndlessLoopException>(() => Exploration.Explore(machine));

        Assert.Equal(whole.Message, parts.Message);
    }

    private static PythonMachine Machine(string program, string python, Granularity granularity, int? bound) =>
        new(ProgramCode.Load(program, python), new PythonMachineOptions
        {
            Bound = bound,
            FreeThreaded = python.EndsWith('t'),
            Granularity = granularity,
        });

    private static string Describe(ExplorationResult result) =>
        $"{result.Complete} {result.States} {result.Transitions} {result.MaxDepth}\n" + string.Join(
            "\n",
            result.Outcomes.Select(o => $"{o.Outcome} {o.Interleavings} {o.MinPreemptions} {o.Anomaly}"));
}
