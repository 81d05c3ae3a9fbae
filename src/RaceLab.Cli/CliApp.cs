using System.CommandLine;
using System.CommandLine.Invocation;
using RaceLab.Cli.Commands.Check;
using RaceLab.Cli.Commands.Dis;
using RaceLab.Cli.Commands.Explore;
using RaceLab.Cli.Commands.Il;
using RaceLab.Cli.Commands.Report;
using RaceLab.Cli.Commands.Run;
using RaceLab.Cli.Commands.Sim;
using RaceLab.Cli.Infrastructure;
using RaceLab.Python;
using Spectre.Console;

namespace RaceLab.Cli;

/// <summary>Builds the racelab command tree and runs it under the exit-code contract (see <see cref="ExitCodes"/>).</summary>
internal static class CliApp
{
    public static RootCommand Build(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand(
            "RaceLab: is this code that updates shared state from several threads safe, and if not, exactly why?");
        // Each command registers itself here; `racelab` with no command is the guided tour (RunDefinition sets it).
        RunDefinition.Register(root, console);
        IlDefinition.Register(root, console);
        DisDefinition.Register(root, console, compile: PythonCompiler.Compile);
        SimDefinition.Register(root, console, PythonCompiler.Compile);
        ExploreDefinition.Register(root, console, PythonCompiler.Compile);
        CheckDefinition.Register(root, console, PythonCompiler.Compile);
        ReportDefinition.Register(root, console, PythonCompiler.Compile);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; output goes to <paramref name="console"/>, errors to <paramref name="errors"/> (default: the same console).</summary>
    public static int Run(string[] args, IAnsiConsole console, IAnsiConsole? errors = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        return Invoke(Build(console), args, console, errors);
    }

    /// <summary>Runs <paramref name="args"/> against an already built tree (tests swap a command's compiler) under the exit-code contract.</summary>
    internal static int Invoke(RootCommand root, string[] args, IAnsiConsole console, IAnsiConsole? errors = null)
    {
        errors ??= console;
        var parseResult = root.Parse(args);

        // System.CommandLine answers parse errors with exit code 1; our contract says bad usage is 2.
        if (parseResult.Action is ParseErrorAction)
        {
            ErrorReporter.ParseErrors(errors, parseResult.Errors, CommandPath(parseResult));
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = new ConsoleTextWriter(console),
            Error = new ConsoleTextWriter(errors),
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parseResult.Invoke(configuration);
        }
        catch (UsageException exception)
        {
            foreach (var line in exception.Message.Split('\n'))
            {
                ErrorReporter.Usage(errors, line);
            }

            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            ErrorReporter.Usage(errors, "cancelled");
            return ExitCodes.UsageError;
        }
        catch (Exception exception)
        {
            ErrorReporter.Unexpected(errors, exception);
            return ExitCodes.UsageError;
        }
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "racelab" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
