using System.CommandLine.Parsing;
using Spectre.Console;

namespace RaceLab.Cli.Infrastructure;

/// <summary>Writes what went wrong in one recognisable form: <c>racelab: error: ...</c>.</summary>
internal static class ErrorReporter
{
    private static readonly Style ErrorStyle = new(Color.Red);

    public static void Usage(IAnsiConsole console, string message) => WriteError(console, message);

    public static void ParseErrors(IAnsiConsole console, IReadOnlyList<ParseError> errors, string commandPath)
    {
        foreach (var error in errors)
        {
            Usage(console, error.Message);
        }

        console.MarkupLineInterpolated($"Run '[bold]{commandPath} --help[/]' for usage.");
    }

    public static void Unexpected(IAnsiConsole console, Exception exception) =>
        WriteError(console, $"{exception.Message} ({exception.GetType().Name}; this is a bug in racelab, please report it)");

    // Messages may carry long paths: one unwrapped line each, whatever the console width.
    private static void WriteError(IAnsiConsole console, string message)
    {
        foreach (var line in message.Split('\n'))
        {
            console.Write(new UnwrappedLine([("racelab: error:", ErrorStyle), (" " + line.TrimEnd('\r'), Style.Plain)]));
        }
    }
}
