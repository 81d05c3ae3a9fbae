using System.CommandLine;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>The options of <c>racelab explore</c>.</summary>
internal sealed class ExploreDefinition
{
    public Argument<FileInfo> Program { get; } = new("PROGRAM") { Description = "The Python program to explore" };

    public Option<string> Python { get; } = new("--python")
    {
        Description = "3.9, 3.10, 3.11, 3.12, 3.13 or 3.13t (free-threaded: a switch at any instruction)",
        DefaultValueFactory = _ => "3.11",
    };

    public Option<int?> Bound { get; } = new("--bound") { Description = "Run every loop, for or while, at most K iterations per activation (thread-creation loops included)" };

    public Option<string> Granularity { get; } = new("--granularity")
    {
        Description = "bytecode: switch at the version's check points; memory: before any load or store of shared state",
        DefaultValueFactory = _ => "bytecode",
    };

    public Option<long?> MaxStates { get; } = new("--max-states") { Description = "Stop after this many states with a partial result" };

    public Option<FileInfo?> Replay { get; } = new("--replay") { Description = "Replay a witness schedule (thread numbers, or a witness from --json) and show its outcome" };

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document instead of text" };

    /// <summary>Adds <c>explore</c> to <paramref name="root"/>; <paramref name="compile"/> turns source into that version's module code object.</summary>
    public static void Register(RootCommand root, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var definition = new ExploreDefinition();
        var command = new Command("explore", "Explore every interleaving: every reachable outcome, how many schedules reach it, a minimal witness for each");
        command.Arguments.Add(definition.Program);
        foreach (var option in new Option[]
                 {
                     definition.Python, definition.Bound, definition.Granularity, definition.MaxStates, definition.Replay, definition.Json,
                 })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => ExploreHandler.Execute(ExploreSettings.From(parseResult, definition), console, compile));
        root.Subcommands.Add(command);
    }
}
