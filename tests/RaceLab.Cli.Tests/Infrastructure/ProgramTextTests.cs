using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Infrastructure;

/// <summary>
/// The program's own text (output, values, messages, dis lines) reaches the terminal as written: Spectre's markup
/// would turn ":lock:" into a padlock and "[b]" into bold. Each report that shows program text is covered here.
/// </summary>
public sealed class ProgramTextTests : IDisposable
{
    private const string Shortcodes = "INFO:lock:taken [b]x[/b] :+1:";
    private readonly string _program = Path.Combine(Path.GetTempPath(), $"racelab-text-{Guid.NewGuid():N}.py");

    public void Dispose() => File.Delete(_program);

    private (int Exit, string Output) Run(string source, bool ansi, params string[] args)
    {
        File.WriteAllText(_program, source);
        var console = new TestConsole().Width(400).SupportsAnsi(ansi);
        var exit = CliApp.Run([args[0], _program, .. args[1..]], console);
        return (exit, console.Output);
    }

    [Fact]
    public void Explore_OutcomeTableAndWitness_ShowValuesAndOutputAsWritten()
    {
        var (exit, output) = Run(
            "import threading\nstatus = ''\ndef work():\n    global status\n    status = 'INFO:lock:taken [b]x[/b] :+1:'\n    print(status)\nt = threading.Thread(target=work)\nt.start()\nt.join()\n",
            ansi: false, "explore", "--python", "3.12");

        Assert.Equal(0, exit);
        Assert.Contains(Shortcodes, output, StringComparison.Ordinal);
        Assert.DoesNotContain("🔒", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExploreSampling_OutcomeTable_ShowsOutputAsWritten()
    {
        var (_, output) = Run(
            "print('a:lock: [b]')\n", // the output column keeps the last 18 characters
            ansi: false, "explore", "--python", "3.12", "--strategy", "random", "--schedules", "2", "--workers", "1");

        Assert.Contains("a:lock: [b]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("🔒", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sim_UncaughtExceptionMessage_IsShownAsRaised()
    {
        var (exit, output) = Run("raise ValueError('INFO:lock:taken [b]x[/b] :+1:')\n", ansi: false, "sim", "--python", "3.11");

        Assert.Equal(1, exit);
        Assert.Contains("uncaught ValueError: " + Shortcodes, output, StringComparison.Ordinal);
        Assert.DoesNotContain("🔒", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DisSwitchPoints_InColour_ShowsStringConstantsAsWritten()
    {
        var (exit, output) = Run("x = 'INFO:lock:taken'\n", ansi: true, "dis", "--python", "3.11", "--switch-points");

        Assert.Equal(0, exit);
        Assert.Contains("('INFO:lock:taken')", output, StringComparison.Ordinal);
        Assert.DoesNotContain("🔒", output, StringComparison.Ordinal);
    }
}
