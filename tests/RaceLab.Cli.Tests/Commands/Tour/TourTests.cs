using RaceLab.Cli.Tests.Support;

namespace RaceLab.Cli.Tests.Commands.Tour;

public sealed class TourTests
{
    [Fact]
    public void Racelab_NoCommand_TellsTheNotesStoryStepByStepWithoutWaiting()
    {
        // A TestConsole is not interactive: the tour runs straight through, as when output is redirected.
        var (exitCode, output) = CliRunner.Run();

        Assert.Equal(0, exitCode);
        for (var step = 1; step <= 6; step++)
        {
            Assert.Contains($"{step}/6 ·", output, StringComparison.Ordinal);
        }

        Assert.Contains("count += 1", output, StringComparison.Ordinal);
        Assert.Contains("CPython 3.9: 1 read-modify-write window(s)", output, StringComparison.Ordinal);
        Assert.Contains("CAN LOSE UPDATES", output, StringComparison.Ordinal);
        Assert.Contains("SAFE BY DETAIL", output, StringComparison.Ordinal);
        Assert.Contains("loaded count =", output, StringComparison.Ordinal);
        Assert.Contains("no serial run gives it", output, StringComparison.Ordinal);
        Assert.Contains("wrote count = 2", output, StringComparison.Ordinal);
        Assert.Contains("interlocked: exactly 10,000,000 in every trial", output, StringComparison.Ordinal);
        Assert.Contains("racelab report", output, StringComparison.Ordinal);
        Assert.DoesNotContain("error", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Racelab_RunOptionsWithoutACommand_StillRunTheExperiment()
    {
        var (exitCode, output) = CliRunner.Run("--threads", "2", "--iterations", "1000", "--trials", "1", "--strategy", "lock");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("1/6 ·", output, StringComparison.Ordinal);
        Assert.Contains("lock", output, StringComparison.Ordinal);
    }
}
