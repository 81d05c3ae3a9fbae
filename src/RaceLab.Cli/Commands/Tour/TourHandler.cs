using Spectre.Console;

namespace RaceLab.Cli.Commands.Tour;

/// <summary>
/// <c>racelab</c> with no command: a guided tour of the note's program, about a screen a step, each step running
/// a real racelab command (shown, so it can be run again). Waits for Enter between steps on a terminal; runs
/// straight through when output or input is redirected.
/// </summary>
internal static class TourHandler
{
    public static int Execute(IAnsiConsole console)
    {
        var program = TourProgram.WriteToTemp();
        var steps = TourSteps.All(program);
        var pausing = console.Profile.Capabilities.Interactive && !Console.IsInputRedirected && !Console.IsOutputRedirected;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            console.WriteLine();
            console.Write(new Rule($"[bold]{i + 1}/{steps.Count} · {Markup.Escape(step.Title)}[/]").LeftJustified());
            console.WriteLine();
            foreach (var line in step.Text)
            {
                console.MarkupLine(line);
            }

            step.Show(console);
            if (pausing && i + 1 < steps.Count && !Continue(console))
            {
                break;
            }
        }

        return ExitCodes.Ok;
    }

    private static bool Continue(IAnsiConsole console)
    {
        console.WriteLine();
        console.Markup("[grey]Enter: next step · q: stop the tour[/] ");
        var key = console.Input.ReadKey(intercept: true);
        console.WriteLine();
        return key is not { Key: ConsoleKey.Q or ConsoleKey.Escape };
    }
}
