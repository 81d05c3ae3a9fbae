using System.CommandLine;
using RaceLab.Experiment.Strategies;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Run;

/// <summary>The options of <c>racelab run</c>; the root command shares them so that <c>racelab</c> alone runs it.</summary>
internal sealed class RunDefinition
{
    public Option<int> Threads { get; } = new("--threads", "-t")
    {
        Description = $"Threads that each increment the shared counter (1..{Experiment.Running.ExperimentOptions.MaxThreads})",
        DefaultValueFactory = _ => 10,
    };

    public Option<long> Iterations { get; } = new("--iterations", "-n")
    {
        Description = "Increments per thread",
        DefaultValueFactory = _ => 1_000_000,
    };

    public Option<string[]> Strategy { get; } = new("--strategy", "-s")
    {
        Description = $"all, or strategy names separated by commas: {string.Join(", ", StrategyCatalog.Names)}",
        DefaultValueFactory = _ => ["all"],
    };

    public Option<int> Trials { get; } = new("--trials")
    {
        Description = "Trials per strategy",
        DefaultValueFactory = _ => 5,
    };

    public Option<bool> NoBarrier { get; } = new("--no-barrier")
    {
        Description = "Start the threads one after another, as the note's program did, instead of releasing them together",
    };

    public Option<bool> Assert { get; } = new("--assert")
    {
        Description = "Exit 1 with 'AssertionError: <value>' when any selected strategy lost an update",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one JSON document instead of tables",
    };

    public Option<FileInfo?> Html { get; } = new("--html")
    {
        Description = "Also write a self-contained HTML page: lost updates per trial, costs, the environment",
    };

    private IEnumerable<Option> All => [Threads, Iterations, Strategy, Trials, NoBarrier, Assert, Json, Html];

    /// <summary>Adds <c>run</c> to <paramref name="root"/>, which also runs it when given run's options.</summary>
    public static void Register(RootCommand root, IAnsiConsole console)
    {
        var definition = new RunDefinition();
        var command = new Command("run", "The lost-update experiment on real .NET threads (the default command)");
        foreach (var option in definition.All)
        {
            command.Options.Add(option);
            root.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) =>
            Task.FromResult(RunHandler.Execute(RunSettings.From(parseResult, definition), console, cancellationToken)));
        // `racelab` alone is the guided tour; with run's options (`racelab --json`) it still runs the experiment.
        root.SetAction((parseResult, cancellationToken) => Task.FromResult(parseResult.Tokens.Count == 0
            ? Tour.TourHandler.Execute(console)
            : RunHandler.Execute(RunSettings.From(parseResult, definition), console, cancellationToken)));
        root.Subcommands.Add(command);
    }
}
