using System.CommandLine;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>The arguments and options of <c>racelab dis</c>.</summary>
internal sealed class DisDefinition
{
    public Argument<string> Program { get; } = new("PROGRAM")
    {
        Description = "The Python program (.py) to compile and disassemble",
    };

    public Option<string> Python { get; } = new("--python", "-p")
    {
        Description = "CPython version whose bytecode and dis to reproduce: 3.9, 3.10, 3.11, 3.12, 3.13 or all",
        DefaultValueFactory = _ => "all",
    };

    public Option<string?> Function { get; } = new("--function", "-f")
    {
        Description = "Only the code object(s) with this name (a function, <listcomp>, ...)",
    };

    public Option<bool> SwitchPoints { get; } = new("--switch-points")
    {
        Description = "Mark where each version may hand the GIL to another thread, and judge every read-modify-write window of a shared variable",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one JSON document (instructions, check points, windows and verdicts)",
    };

    /// <summary>Adds <c>dis</c> to <paramref name="root"/>; <paramref name="compile"/> turns (source, file name, version) into the module's code object.</summary>
    public static void Register(RootCommand root, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        ArgumentNullException.ThrowIfNull(root);
        var definition = new DisDefinition();
        var command = new Command("dis", "Print what each CPython version's dis prints for the program's code objects, byte for byte; --switch-points shows where the GIL can change hands")
        {
            definition.Program,
            definition.Python,
            definition.Function,
            definition.SwitchPoints,
            definition.Json,
        };
        command.SetAction(parseResult => DisHandler.Execute(DisSettings.From(parseResult, definition), console, compile));
        root.Subcommands.Add(command);
    }
}
