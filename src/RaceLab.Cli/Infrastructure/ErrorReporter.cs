using System.CommandLine.Parsing;
using Spectre.Console;

namespace RaceLab.Cli.Infrastructure;

/// <summary>Writes what went wrong in one recognisable form: <c>racelab: error: ...</c>.</summary>
internal static class ErrorReporter
{
    public static void Usage(IAnsiConsole console, string message) =>
        console.MarkupLineInterpolated($"[red]racelab: error:[/] {message}");

    public static void ParseErrors(IAnsiConsole console, IReadOnlyList<ParseError> errors, string commandPath)
    {
        foreach (var error in errors)
        {
            Usage(console, error.Message);
        }

        console.MarkupLineInterpolated($"Run '[bold]{commandPath} --help[/]' for usage.");
    }

    public static void Unexpected(IAnsiConsole console, Exception exception) =>
        console.MarkupLineInterpolated(
            $"[red]racelab: error:[/] {exception.Message} ({exception.GetType().Name}; this is a bug in racelab, please report it)");
}
