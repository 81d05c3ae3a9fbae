using System.CommandLine;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>The options of <c>racelab sim</c>.</summary>
internal sealed class SimDefinition
{
    public Argument<FileInfo> Program { get; } = new("PROGRAM") { Description = "The Python program to simulate" };

    public Option<string> Python { get; } = new("--python")
    {
        Description = "3.9, 3.10, 3.11, 3.12, 3.13, 3.13t (free-threaded), all, or several separated by commas",
        DefaultValueFactory = _ => "3.11",
    };

    public Option<int> Trials { get; } = new("--trials") { Description = "Trials per version (seeds SEED, SEED+1, ...)", DefaultValueFactory = _ => 1 };

    public Option<ulong> Seed { get; } = new("--seed") { Description = "Seed of the first trial", DefaultValueFactory = _ => 1UL };

    public Option<double?> SwitchInterval { get; } = new("--switch-interval")
    {
        Description = "Initial GIL switch interval in seconds (CPython's default 0.005; the program may change it)",
    };

    public Option<int> Cores { get; } = new("--cores")
    {
        Description = "Cores for 3.13t (default: this machine's)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<bool> Trace { get; } = new("--trace") { Description = "Tell the story of the first lost updates" };

    public Option<bool> Real { get; } = new("--real") { Description = "Also run the real interpreters found (python3.X on PATH or pyenv) and print both" };

    public Option<long> MaxInstructions { get; } = new("--max-instructions")
    {
        Description = "Stop a run after this many instructions",
        DefaultValueFactory = _ => 2_000_000_000L,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Write one JSON document instead of text" };

    public Option<FileInfo?> Html { get; } = new("--html") { Description = "Also write a self-contained HTML page with a GIL timeline per run" };

    public Option<FileInfo?> Svg { get; } = new("--svg") { Description = "Also write the GIL timelines as one SVG picture" };

    /// <summary>Adds <c>sim</c> to <paramref name="root"/>; <paramref name="compile"/> turns source into that version's module code object.</summary>
    public static void Register(RootCommand root, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var definition = new SimDefinition();
        var command = new Command("sim", "Run a program on RaceLab's model of CPython's interpreter and GIL, in simulated time");
        command.Arguments.Add(definition.Program);
        foreach (var option in new Option[]
                 {
                     definition.Python, definition.Trials, definition.Seed, definition.SwitchInterval, definition.Cores,
                     definition.Trace, definition.Real, definition.MaxInstructions, definition.Json, definition.Html, definition.Svg,
                 })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => SimHandler.Execute(parseResult, definition, console, compile));
        root.Subcommands.Add(command);
    }
}
