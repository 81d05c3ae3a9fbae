using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;
using RaceLab.Python.Vm.Tests.Semantics;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Tests.Simulation;

public sealed class SimulatorTests
{
    private static SimulationResult Simulate(string program, string label, ulong seed = 1, bool trace = false, bool freeThreaded = false)
    {
        var version = ProgramCorpus.Version(label);
        return Simulator.Run(ProgramCorpus.Code(program, version), new SimulationOptions
        {
            Version = version,
            Seed = seed,
            Trace = trace,
            FreeThreaded = freeThreaded,
        });
    }

    [Fact]
    public void Simulate_InlineCounterOn39_LosesUpdatesAndTellsHow()
    {
        var result = Simulate("inline_4x500k", "3.9", trace: true);

        Assert.True(result.AssertionFailed);
        Assert.True(result.LostUpdateEvents > 0);
        // Net erasures add up to exactly what the final value is short of 4 threads × 500,000.
        Assert.Equal(2_000_000 - result.Globals["count"], result.UpdatesLost);
        var story = Assert.IsType<LostUpdateStory>(result.Stories[0]);
        Assert.Equal("count", story.Global);
        Assert.StartsWith("LOAD_GLOBAL", story.LoadInstruction, StringComparison.Ordinal);
        Assert.StartsWith("STORE_GLOBAL", story.StoreInstruction, StringComparison.Ordinal);
        Assert.NotNull(story.SwitchedOutAfter);
        Assert.True(story.StoresMeanwhile > 0);
        Assert.InRange(story.UpdatesErased, -story.StoresMeanwhile, story.StoresMeanwhile);
    }

    [Theory]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Simulate_InlineCounterOn310AndLater_KeepsEveryUpdate(string label)
    {
        var result = Simulate("inline_4x500k", label);

        Assert.False(result.AssertionFailed);
        Assert.Equal(2_000_000, result.Globals["count"]);
        Assert.Equal(0, result.LostUpdateEvents);
        Assert.True(result.GilSwitches > 10);
    }

    [Theory]
    [InlineData("3.10", true)]
    [InlineData("3.11", false)]
    [InlineData("3.13", false)]
    public void Simulate_LenInsideTheWindow_LosesOnlyWhereTheCallPolls(string label, bool loses)
    {
        var result = Simulate("call_len_10x200k", label);

        Assert.Equal(loses, result.AssertionFailed);
    }

    [Fact]
    public void Simulate_FreeThreaded_LosesEvenWhere313IsSafe()
    {
        var result = Simulate("inline_4x500k", "3.13", freeThreaded: true);

        Assert.True(result.AssertionFailed);
        Assert.Equal(0, result.GilSwitches);
    }

    [Fact]
    public void Simulate_SameSeed_RepeatsExactly()
    {
        var first = Simulate("inline_4x500k", "3.9", seed: 7);
        var second = Simulate("inline_4x500k", "3.9", seed: 7);
        var other = Simulate("inline_4x500k", "3.9", seed: 8);

        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.SimulatedSeconds, second.SimulatedSeconds);
        Assert.Equal(first.UpdatesLost, second.UpdatesLost);
        Assert.NotEqual(first.Globals["count"], other.Globals["count"]);
    }

    [Fact]
    public void Simulate_ThreadStartUp_StaggersWorkersByTheSwitchInterval()
    {
        var result = Simulate("while_local_10x300k", "3.10");

        var starts = result.Threads.Skip(1).Select(t => t.StartSeconds).ToArray();
        Assert.Equal(10, starts.Length);
        Assert.True(starts[^1] - starts[0] > 0.02, $"workers started within {starts[^1] - starts[0]:F4} s");
    }

    [Fact]
    public void Simulate_LockOrderInversion_ReportsDeadlockWithEveryThread()
    {
        var result = Simulator.Run(SemanticsCorpus.Code("deadlock", PythonVersion.Py311), new SimulationOptions { Version = PythonVersion.Py311 });

        Assert.Equal(SimulationStop.Deadlock, result.Stop);
        Assert.Contains("MainThread: blocked in join()", result.StopMessage, StringComparison.Ordinal);
        Assert.Contains("blocked acquiring a lock held by Thread-2 (two)", result.StopMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_InfiniteLoop_StopsAtTheInstructionLimit()
    {
        var result = Simulator.Run(SemanticsCorpus.Code("forever", PythonVersion.Py39), new SimulationOptions
        {
            Version = PythonVersion.Py39,
            MaxInstructions = 100_000,
        });

        Assert.Equal(SimulationStop.InstructionLimit, result.Stop);
        Assert.Equal(100_000, result.Instructions);
        Assert.Contains("line 3 in <module>", result.StopMessage, StringComparison.Ordinal);
    }
}
