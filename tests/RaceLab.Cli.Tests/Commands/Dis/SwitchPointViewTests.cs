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

    // What a console looks like when the output is redirected to a file or a pipe.
    private static TestConsole Redirected() => new TestConsole().SupportsAnsi(false);
}
