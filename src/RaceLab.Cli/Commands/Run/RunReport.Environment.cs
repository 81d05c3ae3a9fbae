using RaceLab.Experiment.Results;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Run;

internal static partial class RunReport
{
    private static void RenderEnvironment(IAnsiConsole console, ExperimentResult result)
    {
        var environment = result.Environment;
        var table = new Table().Title("Environment").HideHeaders().AddColumn("what").AddColumn("value");
        table.AddRow("logical cores", $"{environment.LogicalCores}");
        table.AddRow("runtime", Markup.Escape(environment.Runtime));
        table.AddRow("OS", Markup.Escape($"{environment.OperatingSystem} ({environment.Architecture})"));
        table.AddRow("tiered compilation", Markup.Escape(environment.TieredCompilation.ToString()));
        table.AddRow("quick JIT for loops (OSR)", Markup.Escape(environment.QuickJitForLoops.ToString()));
        table.AddRow("tiered PGO", Markup.Escape(environment.TieredPgo.ToString()));
        table.AddRow("ReadyToRun", Markup.Escape(environment.ReadyToRun.ToString()));
        table.AddRow("garbage collector", Markup.Escape(environment.GarbageCollector));
        table.AddRow("counter", result.Options.Uses64BitCounters ? "64-bit long" : "32-bit int");
        table.AddRow("start", result.Options.StartGate ? "start gate (threads released together)" : "one after another (--no-barrier)");
        console.Write(table);
        console.WriteLine();
    }
}
