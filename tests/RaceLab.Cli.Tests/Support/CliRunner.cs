using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Support;

/// <summary>Runs racelab in-process against a TestConsole, as a user would from a shell.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output) Run(params string[] args) => Run(new TestConsole().Width(200), args);

    public static (int ExitCode, string Output) Run(TestConsole console, params string[] args)
    {
        var exitCode = CliApp.Run(args, console);
        return (exitCode, console.Output);
    }
}
