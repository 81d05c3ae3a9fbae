using System.CommandLine;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Report;

/// <summary>The options of <c>racelab report</c>.</summary>
internal sealed class ReportDefinition
{
    public Argument<FileInfo> Program { get; } = new("PROGRAM") { Description = "The Python program to report on" };

    public Option<FileInfo> Output { get; } = new("--output", "-o") { Description = "The page to write", DefaultValueFactory = _ => new FileInfo("report.html") };

    public Option<string> Python { get; } = new("--python")
    {
        Description = "Versions to cover: 3.9, 3.10, 3.11, 3.12, 3.13, 3.13t, all, or several separated by commas",
        DefaultValueFactory = _ => "all,3.13t",
    };

    public Option<int> Bound { get; } = new("--bound") { Description = "Loop bound of the exhaustive exploration (small: it explores every interleaving)", DefaultValueFactory = _ => 2 };

    public Option<int> Trials { get; } = new("--trials") { Description = "Simulated runs per version, each with its timeline", DefaultValueFactory = _ => 1 };

    public Option<ulong> Seed { get; } = new("--seed") { Description = "Seed of the first simulated run", DefaultValueFactory = _ => 1UL };

    public Option<int> Cores { get; } = new("--cores") { Description = "Cores for 3.13t (default: this machine's)", DefaultValueFactory = _ => Environment.ProcessorCount };

    public Option<bool> Real { get; } = new("--real") { Description = "Also run the real interpreters found (python3.X on PATH or pyenv)" };

    public static void Register(RootCommand root, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var definition = new ReportDefinition();
        var command = new Command("report", "Write one self-contained HTML page with the whole story of a program across versions");
        command.Arguments.Add(definition.Program);
        foreach (var option in new Option[] { definition.Output, definition.Python, definition.Bound, definition.Trials, definition.Seed, definition.Cores, definition.Real })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => ReportHandler.Execute(ReportSettings.From(parse, definition), console, compile));
        root.Subcommands.Add(command);
    }
}
