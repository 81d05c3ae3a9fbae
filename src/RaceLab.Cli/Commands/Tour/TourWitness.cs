using RaceLab.Cli.Commands.Explore;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Python;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Tour;

/// <summary>The tour's explore step: the outcomes at bound 2 on 3.9, and the fewest-preemption losing schedule told by its shared reads and writes.</summary>
internal static class TourWitness
{
    public static void Show(IAnsiConsole console, string program)
    {
        console.MarkupLineInterpolated($"[grey]$ racelab explore {program} --python 3.9 --bound 2[/]");
        var settings = new ExploreSettings(new FileInfo(program), PythonVersion.Py39, false, 2, Granularity.Bytecode, 2_000_000, null, false);
        var result = Exploration.Explore(ExploreHandler.BuildMachine(settings, PythonCompiler.Compile));
        foreach (var o in result.Outcomes)
        {
            var grade = o.Anomaly ? "[red]no serial run gives it[/]" : "a serial run gives it";
            console.MarkupLine($"  {Markup.Escape(o.Outcome.DescribeGlobals())}: {o.Interleavings:N0} interleavings, fewest preemptions {o.MinPreemptions}, {grade}");
        }

        var shortest = result.Outcomes.Where(o => o.Anomaly && o.Witness is not null).MinBy(o => o.MinPreemptions);
        if (shortest?.Witness is not { } witness)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]{shortest.Outcome.DescribeGlobals()}[/] with {witness.Preemptions} preemption(s): the shared reads and writes, thread by thread");
        var previous = -1;
        foreach (var e in witness.Events)
        {
            if (e.Access is null)
            {
                continue;
            }

            if (e.Thread != previous && previous >= 0)
            {
                console.MarkupLineInterpolated($"  [yellow]⇄ {ExploreReport.ThreadName(previous)} → {ExploreReport.ThreadName(e.Thread)}[/]");
            }

            console.MarkupLineInterpolated($"  {ExploreReport.ThreadName(e.Thread),-4} line {e.Line,-3} {e.Instruction,-22} [bold]{e.Access}[/]");
            previous = e.Thread;
        }
    }
}
