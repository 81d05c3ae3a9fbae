using System.CommandLine;
using RaceLab.Cli.Commands.Explore;
using RaceLab.Cli.Commands.Sim;
using Spectre.Console;

namespace RaceLab.Cli;

/// <summary>Builds the racelab command tree; every handler writes to the injected console.</summary>
internal static class CliApp
{
    public static RootCommand Build(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand(
            "RaceLab: is this code that updates shared state from several threads safe, and if not, exactly why?");
        // Each command registers itself here; `racelab` with no command runs `racelab run`.
        SimDefinition.Register(root, console, GoldenCodeCompiler.Compile);
        ExploreDefinition.Register(root, console, GoldenCodeCompiler.Compile);
        return root;
    }

    public static int Run(string[] args, IAnsiConsole console) => Build(console).Parse(args).Invoke();
}
