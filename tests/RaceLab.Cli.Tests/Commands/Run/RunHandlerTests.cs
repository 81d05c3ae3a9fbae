using RaceLab.Cli.Tests.Support;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunHandlerTests
{
    [Fact]
    public void Run_SmallUnsafeAndInterlocked_PrintsSentencesTablesEnvironmentAndExitsZero()
    {
        var (exitCode, output) = CliRunner.Run("run", "--threads", "2", "--iterations", "20000", "--trials", "3", "--strategy", "unsafe,interlocked");

        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Equal(3, CountOf(output, "Value of count incremented 20000 times by 2 threads is "));
        Assert.Contains("Final value of the counter, expected 40,000", output, StringComparison.Ordinal);
        Assert.Contains("What each strategy costs", output, StringComparison.Ordinal);
        Assert.Contains("Throughput, million increments per second", output, StringComparison.Ordinal);
        Assert.Contains("Environment", output, StringComparison.Ordinal);
        Assert.Contains("logical cores", output, StringComparison.Ordinal);
        Assert.Contains("tiered PGO", output, StringComparison.Ordinal);
        Assert.Contains("✓ interlocked: exactly 40,000 in every trial", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoCommand_RunsTheExperiment()
    {
        var (exitCode, output) = CliRunner.Run("--threads", "2", "--iterations", "1000", "--trials", "1", "--strategy", "lock");
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("racelab run: 2 threads × 1,000 increments = 2,000 expected", output, StringComparison.Ordinal);
        Assert.Contains("✓ lock: exactly 2,000 in every trial", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AssertWithSafeStrategies_ExitsZero()
    {
        var (exitCode, output) = CliRunner.Run("run", "--threads", "3", "--iterations", "10000", "--trials", "2", "--strategy", "interlocked,local-sum,striped", "--assert");
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.DoesNotContain("AssertionError", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InteractiveConsole_ShowsProgressAndStillReports()
    {
        var console = new TestConsole().Width(200).Interactive();
        var (exitCode, output) = CliRunner.Run(console, "run", "--threads", "2", "--iterations", "1000", "--trials", "2", "--strategy", "spinlock");
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("✓ spinlock: exactly 2,000 in every trial", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NoBarrier_SaysThreadsStartedOneAfterAnother()
    {
        var (exitCode, output) = CliRunner.Run("run", "--threads", "2", "--iterations", "1000", "--trials", "1", "--strategy", "interlocked", "--no-barrier");
        Assert.Equal(ExitCodes.Ok, exitCode);
        Assert.Contains("threads started one after another (--no-barrier)", output, StringComparison.Ordinal);
        Assert.Contains("warning: --no-barrier starts the threads one after another", output, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
