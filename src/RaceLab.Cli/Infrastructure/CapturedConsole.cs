using Spectre.Console;

namespace RaceLab.Cli.Infrastructure;

/// <summary>Runs another racelab command in-process and keeps what it printed, as plain text (for pages that show it).</summary>
internal static class CapturedConsole
{
    public static (int ExitCode, string Text) Run(params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 160;
        var exit = CliApp.Run(args, console);
        return (exit, writer.ToString());
    }
}
