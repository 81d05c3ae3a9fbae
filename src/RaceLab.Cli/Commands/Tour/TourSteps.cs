using Spectre.Console;

namespace RaceLab.Cli.Commands.Tour;

/// <summary>The tour's steps, in the order the note tells its story.</summary>
internal static class TourSteps
{
    public static IReadOnlyList<TourStep> All(string program)
    {
        var name = TourProgram.FileName;
        return
        [
            new TourStep("The note's program", [
                "Ten threads each add 1 to a global [bold]count[/] a million times. Python 3.11 prints 10,000,000;",
                "Python 3.9 prints about 4 million and the assertion fails. Is this code safe, and if not, why?",
            ], c => c.Write(new Panel(new Text(TourProgram.Source)).Header(name).Border(BoxBorder.Rounded))),
            new TourStep("The bytecode: where the GIL can change hands", [
                "[bold]count += 1[/] is several bytecodes: load, add, store. Between them another thread may run, but only where",
                "CPython polls for a GIL switch ([bold]*[/]). 3.9 polls after almost every instruction; 3.11 not inside the window.",
            ], c =>
            {
                Run(c, "dis", program, "--python", "3.9", "--switch-points", "--function", "increment");
                Run(c, "dis", program, "--python", "3.11", "--switch-points", "--function", "increment");
            }),
            new TourStep("A simulated run on each version", [
                "RaceLab runs the same bytecode on a model of each CPython's interpreter and GIL, in simulated time,",
                "and tells the story of the first lost updates: who loaded what, where it was switched out, what its store erased.",
            ], c => Run(c, "sim", program, "--python", "3.9,3.11", "--trace")),
            new TourStep("The shortest way to lose an update", [
                "[bold]explore[/] tries every interleaving 3.9's switch points allow, here with every loop bounded to 2",
                "(2 threads × 2 increments), and finds a schedule for each outcome with the fewest preemptions.",
            ], c => TourWitness.Show(c, program)),
            new TourStep("The same race on real .NET threads", [
                "[bold]count++[/] on a static field is also a load, an add and a store; [bold]Interlocked.Increment[/] and [bold]lock[/] are not.",
            ], c => Run(c, "run", "--strategy", "unsafe,interlocked,lock", "--trials", "3")),
            new TourStep("Where to go next", [
                "Only one bytecode is atomic, and where CPython switches threads changed between versions: use a lock.",
                string.Empty,
                $"  [bold]racelab report {Markup.Escape(program)} -o report.html[/]   the whole story on one page, with pictures",
                "  [bold]racelab check PATH[/]                     find such windows in a project, as a linter (SARIF, GitHub)",
                "  [bold]racelab sim PROGRAM.py --html timeline.html[/]   a GIL timeline of a run",
                "  [bold]racelab explore PROGRAM.py --bound 2 --html witnesses.html[/]   every interleaving, and witnesses",
                "  [bold]racelab il --native[/]                    the IL and machine code behind the .NET race",
                "  [bold]racelab --help[/]                         every command",
            ], _ => { }),
        ];
    }

    /// <summary>Shows the command line, then runs it on the same console.</summary>
    private static void Run(IAnsiConsole console, params string[] args)
    {
        console.MarkupLineInterpolated($"[grey]$ racelab {string.Join(' ', args)}[/]");
        CliApp.Run(args, console);
    }
}
