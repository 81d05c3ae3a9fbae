using RaceLab.Cli.Commands.Sim;
using RaceLab.Python;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Cli.Tests.Sim;

public sealed class SimRunTests
{
    private static long? Final(string[] output, params string[] errors) =>
        new SimRun(new SimTarget(PythonVersion.Py39, false), 1, new SimulationResult
        {
            Python = "3.9",
            Seed = 1,
            Output = output,
            ErrorOutput = errors,
            ExitCode = 0,
            AssertionFailed = false,
            Globals = new Dictionary<string, System.Numerics.BigInteger>(),
            SimulatedSeconds = 0,
            GilSwitches = 0,
            LostUpdateEvents = 0,
            UpdatesLost = 0,
            Instructions = 0,
            Stop = SimulationStop.Completed,
            Threads = [],
            Stories = [],
        }).Final;

    [Theory]
    [InlineData("Value of count incremented 1000000 times by 10 threads is 3058862", 3058862L)]
    [InlineData("total -12  ", -12L)]
    [InlineData("a5-3", -3L)]
    [InlineData("x--7", -7L)]
    [InlineData("12", 12L)]
    public void Final_IsTheLastLinesTrailingInteger(string line, long expected) =>
        Assert.Equal(expected, Final(["first 1", line]));

    [Fact]
    public void Final_SkipsLinesWithoutOne_ThenReadsTheErrorOutput()
    {
        Assert.Equal(1L, Final(["first 1", "done", "minus -"]));
        Assert.Equal(3635890L, Final(["no number"], "Traceback (most recent call last):", "AssertionError: 3635890"));
        Assert.Null(Final(["none"], "still none"));
    }

    [Fact]
    public void Final_SkipsAnIntegerTooLongForInt64()
    {
        Assert.Equal(5L, Final(["5", "99999999999999999999999"]));
    }
}
