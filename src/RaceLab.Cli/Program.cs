using RaceLab.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

// Redirected output has no terminal width; Spectre then assumes 80 columns and wraps the 30-digit
// interleaving counts and long witness rows. A file or pipe can take wider tables.
if (Console.IsOutputRedirected && Environment.GetEnvironmentVariable("COLUMNS") is null)
{
    console.Profile.Width = 160;
}

return CliApp.Run(args, console, errors);
