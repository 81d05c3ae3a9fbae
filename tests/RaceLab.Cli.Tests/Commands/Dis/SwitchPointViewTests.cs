using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Dis;

public sealed class SwitchPointViewTests
{
    [Fact]
    public void SwitchPoints_RedirectedOn39_BracketsTheWindowAndSaysUpdatesCanBeLost()
    {
        var (exitCode, output) = DisRunner.Run(Redirected(), null, GoldenCompiler.Program("inline_increment"), "--python", "3.9", "--switch-points");

        Assert.Equal(0, exitCode);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("/ ", output, StringComparison.Ordinal);
        Assert.Contains("\\ ", output, StringComparison.Ordinal);
        Assert.Contains(
            "[CAN LOSE UPDATES] `count`, line 10, LOAD_GLOBAL @12 .. STORE_GLOBAL @18: a switch can happen after LOAD_GLOBAL and after INPLACE_ADD, inside the window: on 3.9 updates to `count` can be lost",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchPoints_On311_SaysSafeOnlyByImplementationDetail()
    {
        var (_, output) = DisRunner.Run(Redirected(), null, GoldenCompiler.Program("inline_increment"), "--python", "3.11", "--switch-points");

        Assert.Contains("[SAFE BY DETAIL] `count`", output, StringComparison.Ordinal);
        Assert.Contains("an implementation detail, not a guarantee; on free-threaded 3.13t it is unprotected", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchPoints_OnTerminal_UsesColourAndBoxBrackets()
    {
        var console = new TestConsole().Width(80).SupportsAnsi(true).EmitAnsiSequences();

        var (exitCode, output) = DisRunner.Run(console, null, GoldenCompiler.Program("call_abs_in_window"), "--python", "3.13", "--switch-points");

        Assert.Equal(0, exitCode);
        Assert.Contains("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("┌", output, StringComparison.Ordinal);
        Assert.Contains("└", output, StringComparison.Ordinal);
        Assert.Contains("◆", output, StringComparison.Ordinal);
        Assert.Contains(console.Lines, l => l.Contains("CALL", StringComparison.Ordinal) && l.Contains("after `abs` returns", StringComparison.Ordinal));
        Assert.Equal(80, console.Profile.Width);
    }

    [Fact]
    public void SwitchPoints_AllVersionsRedirected_EndsWithTheVerdictMatrix()
    {
        var (exitCode, output) = DisRunner.Run(Redirected(), null, GoldenCompiler.Program("call_len_in_window"), "--python", "all", "--switch-points");

        Assert.Equal(0, exitCode);
        Assert.Contains("window                   3.9     3.10    3.11    3.12    3.13    3.13t", output, StringComparison.Ordinal);
        Assert.Contains("worker: count (line 11)  loses   loses   safe*   safe*   safe*   loses", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SwitchPoints_AllVersionsWithLock_MarksEveryColumnLocked()
    {
        var (_, output) = DisRunner.Run(Redirected(), null, GoldenCompiler.Program("with_lock"), "--python", "all", "--switch-points");

        Assert.Matches(@"worker: count \(line \d+\)\s+locked\s+locked\s+locked\s+locked\s+locked\s+locked", output);
    }

    [Fact]
    public void SwitchPoints_AllVersionsOnTerminal_DrawsTheVerdictTable()
    {
        var console = new TestConsole().Width(120).SupportsAnsi(true);

        var (_, output) = DisRunner.Run(console, null, GoldenCompiler.Program("call_python_in_window"), "--python", "all", "--switch-points");

        var row = Assert.Single(console.Lines, l => l.Contains("worker: count", StringComparison.Ordinal) && l.Contains('│'));
        Assert.Equal(6, row.Split("loses").Length - 1);
        Assert.Contains("Can updates be lost?", output, StringComparison.Ordinal);
    }

    // What a console looks like when the output is redirected to a file or a pipe.
    private static TestConsole Redirected() => new TestConsole().SupportsAnsi(false);
}
