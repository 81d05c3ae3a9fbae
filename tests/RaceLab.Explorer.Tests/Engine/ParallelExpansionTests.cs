using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Tests.Python;

namespace RaceLab.Explorer.Tests.Engine;

/// <summary>
/// Expanding a level's states on several threads changes nothing in the result: children are merged in
/// parent order, so states, counts, witnesses, partial results and errors are those of one thread.
/// </summary>
public sealed class ParallelExpansionTests
{
    [Theory]
    [InlineData("load_store_3x3", "3.9", Granularity.Memory, null)]
    [InlineData("inline_counter", "3.9", Granularity.Bytecode, 2)]
    [InlineData("inline_counter", "3.13t", Granularity.Bytecode, 2)]
    public void Explore_OneOrFourWorkers_SameResult(string program, string python, Granularity granularity, int? bound)
    {
        var one = Explore(program, python, granularity, bound, workers: 1, maxStates: null);
        var four = Explore(program, python, granularity, bound, workers: 4, maxStates: null);

        Assert.True(one.Complete);
        Assert.Equal(Describe(one), Describe(four));
    }

    [Fact]
    public void Explore_StoppedByMaxStates_StopsAtTheSameStateWithAnyNumberOfWorkers()
    {
        var one = Explore("load_store_3x3", "3.9", Granularity.Memory, null, workers: 1, maxStates: 700);
        var four = Explore("load_store_3x3", "3.9", Granularity.Memory, null, workers: 4, maxStates: 700);

        Assert.False(one.Complete);
        Assert.Equal(Describe(one), Describe(four));
    }

    [Fact]
    public void Explore_EndlessLoop_SameErrorWithAnyNumberOfWorkers()
    {
        var one = Assert.Throws<EndlessLoopException>(() => Explore("spin_flag", "3.9", Granularity.Memory, null, workers: 1, maxStates: null));
        var four = Assert.Throws<EndlessLoopException>(() => Explore("spin_flag", "3.9", Granularity.Memory, null, workers: 4, maxStates: null));

        Assert.Equal(one.Message, four.Message);
    }

    private static ExplorationResult Explore(string program, string python, Granularity granularity, int? bound, int workers, long? maxStates)
    {
        var machine = new PythonMachine(ProgramCode.Load(program, python), new PythonMachineOptions
        {
            Bound = bound,
            FreeThreaded = python.EndsWith('t'),
            Granularity = granularity,
        });
        return new StateSpaceExplorer<PythonState>(machine, new ExplorationOptions { Workers = workers, MaxStates = maxStates }).Explore();
    }

    private static string Describe(ExplorationResult result) =>
        $"{result.Complete} {result.States} {result.Transitions} {result.MaxDepth} {result.WitnessStates}\n" + string.Join(
            "\n",
            result.Outcomes.Select(o => $"{o.Outcome} {o.Interleavings} {o.MinPreemptions} {string.Join(' ', o.Witness?.Schedule ?? [])}"));
}
