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

    public Option<string?> MaxMemory { get; } = new("--max-memory") { Description = "Stop with a partial result before the search uses this much memory, e.g. 4GB (default: a safe share of this machine's, printed)" };

    public Option<FileInfo?> Replay { get; } = new("--replay") { Description = "Replay a witness schedule (thread numbers, or a witness from --json) and show its outcome" };

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document instead of text" };

    public Option<FileInfo?> Html { get; } = new("--html") { Description = "Also write a self-contained HTML page: the outcome chart and each witness as swimlanes" };

    public Option<string> Strategy { get; } = new("--strategy")
    {
        Description = "exhaustive: every interleaving (a proof); random, pct or pos: sample schedules of programs too big to exhaust (evidence)",
        DefaultValueFactory = _ => "exhaustive",
    };

    public Option<int?> Schedules { get; } = new("--schedules") { Description = "Sampled schedules to run (default 100)" };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Seed of the sampled schedules (each schedule's own seed is derived from it; default 1)" };

    public Option<int?> Depth { get; } = new("--depth") { Description = "PCT's bug depth d: d - 1 priority change points a schedule (default 3)" };

    public Option<string?> Until { get; } = new("--until") { Description = "all: run every schedule; first: stop at the first failing one" };

    public Option<double?> TimeLimit { get; } = new("--time-limit") { Description = "Stop sampling after this many seconds of wall-clock time, with the schedules finished so far" };

    public Option<int?> Workers { get; } = new("--workers") { Description = "Schedules run at once, each on its own VM (default: every core; the report does not depend on it)" };

    public Option<int?> Witnesses { get; } = new("--witnesses") { Description = "Anomalous outcomes given a shrunk witness, the most often reached first (default 3)" };

    public Option<DirectoryInfo?> WitnessDir { get; } = new("--witness-dir") { Description = "Where sampled witnesses are written as --replay files (default: racelab-witnesses)" };

    /// <summary>Adds <c>explore</c> to <paramref name="root"/>; <paramref name="compile"/> turns source into that version's module code object.</summary>
    public static void Register(RootCommand root, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var definition = new ExploreDefinition();
        var command = new Command("explore", "Explore every interleaving (every reachable outcome, how many schedules reach it, a minimal witness for each), or sample schedules of programs too big for that");
        command.Arguments.Add(definition.Program);
        foreach (var option in new Option[]
                 {
                     definition.Python, definition.Bound, definition.Granularity, definition.MaxStates, definition.MaxMemory, definition.Replay, definition.Json,
                     definition.Strategy, definition.Schedules, definition.Seed, definition.Depth, definition.Until, definition.TimeLimit,
                     definition.Workers, definition.Witnesses, definition.WitnessDir, definition.Html,
                 })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => ExploreHandler.Execute(ExploreSettings.From(parseResult, definition), console, compile));
        root.Subcommands.Add(command);
    }
}
