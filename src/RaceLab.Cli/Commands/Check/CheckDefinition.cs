using System.CommandLine;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Check;

/// <summary>The arguments and options of <c>racelab check</c>.</summary>
internal sealed class CheckDefinition
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "Python files, or directories to search for *.py files",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Target { get; } = new("--target", "-t")
    {
        Description = "CPython builds to check for: 3.9, 3.10, 3.11, 3.12, 3.13, 3.13t (free-threaded), comma-separated, or all (default: all, or [tool.racelab] targets)",
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "Output: text (path:line:col: CODE message [targets]), json, sarif (SARIF 2.1.0) or github (workflow annotations)",
        DefaultValueFactory = _ => "text",
    };

    public Option<string[]> Select { get; } = new("--select")
    {
        Description = "Rule codes or prefixes to run (RL101, RL1, ALL); comma-separated or repeated",
    };

    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "Rule codes or prefixes not to run; comma-separated or repeated",
    };

    public Option<string[]> Exclude { get; } = new("--exclude")
    {
        Description = ".gitignore-style patterns of files and directories to skip while walking directories",
    };

    public Option<bool> ExitZero { get; } = new("--exit-zero")
    {
        Description = "Exit 0 even when there are findings (files that cannot be analysed still exit 2)",
    };

    /// <summary>Adds <c>check</c> to <paramref name="root"/>; <paramref name="compile"/> turns (source, file name, version) into the module's code object.</summary>
    public static void Register(RootCommand root, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        ArgumentNullException.ThrowIfNull(root);
        var definition = new CheckDefinition();
        var command = new Command("check", "Lint Python files for updates of shared state that threads can lose, per target CPython version and free-threaded 3.13t")
        {
            definition.Paths,
            definition.Target,
            definition.Format,
            definition.Select,
            definition.Ignore,
            definition.Exclude,
            definition.ExitZero,
        };
        command.SetAction(parseResult => CheckHandler.Execute(CheckSettings.From(parseResult, definition), console, compile));
        root.Subcommands.Add(command);
    }
}
