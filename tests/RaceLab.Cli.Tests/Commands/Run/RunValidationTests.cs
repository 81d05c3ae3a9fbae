using RaceLab.Cli.Tests.Support;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunValidationTests
{
    [Theory]
    [InlineData("--threads", "0", "--threads must be between 1 and 1024 (got 0)")]
    [InlineData("--threads", "1025", "--threads must be between 1 and 1024 (got 1025)")]
    [InlineData("--iterations", "0", "--iterations must be at least 1 (got 0)")]
    [InlineData("--iterations", "-5", "--iterations must be at least 1 (got -5)")]
    [InlineData("--trials", "0", "--trials must be at least 1 (got 0)")]
    [InlineData("--strategy", "fast", "--strategy: unknown strategy 'fast'")]
    public void Run_BadOption_ExitsTwoWithMessage(string option, string value, string message)
    {
        var (exitCode, output) = CliRunner.Run("run", option, value);
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains($"racelab: error: {message}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TotalOverflowingLong_ExitsTwo()
    {
        var (exitCode, output) = CliRunner.Run("--threads", "1024", "--iterations", "9007199254740993");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("overflows a 64-bit counter", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SeveralBadOptions_ReportsEveryOne()
    {
        var (exitCode, output) = CliRunner.Run("--threads", "0", "--trials", "0");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("--threads must be between", output, StringComparison.Ordinal);
        Assert.Contains("--trials must be at least 1", output, StringComparison.Ordinal);
    }
}
