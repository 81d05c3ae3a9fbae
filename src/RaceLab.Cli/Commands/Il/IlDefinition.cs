using System.CommandLine;
using RaceLab.Experiment.Strategies;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Il;

/// <summary>The options of <c>racelab il</c>.</summary>
internal sealed class IlDefinition
{
    public Option<string[]> Strategy { get; } = new("--strategy", "-s")
    {
        Description = $"all, or strategy names separated by commas: {string.Join(", ", StrategyCatalog.Names)}",
        DefaultValueFactory = _ => ["all"],
    };

    public Option<bool> Native { get; } = new("--native")
    {
        Description = "Also show the machine code the JIT produced for each loop, from the tier that actually runs",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one JSON document instead of listings",
    };

    public static void Register(RootCommand root, IAnsiConsole console)
    {
        var definition = new IlDefinition();
        var command = new Command("il", "The IL and machine code of each run strategy's increment, with the read-modify-write marked")
        {
            definition.Strategy,
            definition.Native,
            definition.Json,
        };
        command.SetAction(parseResult => IlHandler.Execute(IlSettings.From(parseResult, definition), console));
        root.Subcommands.Add(command);
    }
}
