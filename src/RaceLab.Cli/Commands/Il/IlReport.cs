using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Analysis;
using RaceLab.IlView.Metadata;
using RaceLab.IlView.Native;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Il;

/// <summary>Listings with a gutter: ▶ an unprotected read-modify-write window, │ the hot loop; notes in the margin.</summary>
internal static class IlReport
{
    public static void Render(IAnsiConsole console, IReadOnlyList<StrategyKind> kinds, IReadOnlyList<IlListing> il, IReadOnlyList<NativeListing>? native)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            console.Write(new Rule($"[bold]{StrategyCatalog.NameOf(kinds[i])}[/]: {Markup.Escape(StrategyCatalog.SummaryOf(kinds[i]))}").LeftJustified());
            console.MarkupLineInterpolated($"[grey]IL of {il[i].Method}, decoded from {ExperimentAssembly.FileName}[/]");
            WriteLines(console, il[i].Lines);
            console.MarkupLineInterpolated($"[italic]{il[i].Explanation}[/]");
            console.WriteLine();
            if (native is not null)
            {
                var listing = native[i];
                var details = listing.Details.FirstOrDefault(d => d.StartsWith("optimized using", StringComparison.Ordinal));
                console.MarkupLineInterpolated(
                    $"[grey]{listing.Architecture} machine code of {listing.Method}, tier shown: [/][bold]{listing.Tier}[/][grey]{(details is null ? string.Empty : $" ({details})")}, the last tier the JIT compiled while the loop ran[/]");
                WriteLines(console, listing.Lines);
                console.MarkupLineInterpolated($"[italic]{listing.Explanation}[/]");
                console.WriteLine();
            }
        }
    }

    private static void WriteLines(IAnsiConsole console, IReadOnlyList<ListingLine> lines)
    {
        // Notes line up in one column when the console is wide enough; long lines simply carry theirs after them.
        var widest = lines.Max(l => l.Text.Length);
        var width = Math.Max(0, Math.Min(widest, console.Profile.Width - 48));
        foreach (var line in lines)
        {
            var gutter = line.InWindow ? "[red]▶[/]" : line.InLoop ? "[grey]│[/]" : " ";
            var style = line.InWindow ? "red" : line.Access switch
            {
                Access.Atomic => "green",
                Access.LockAcquire or Access.LockRelease => "blue",
                Access.NonAtomicUpdate => "yellow",
                _ => "default",
            };
            var note = line.Note is null ? string.Empty : $"  [{style}]◀ {Markup.Escape(line.Note)}[/]";
            var text = line.Note is null ? line.Text : line.Text.PadRight(width);
            console.MarkupLine($"{gutter} [{style}]{Markup.Escape(text)}[/]{note}");
        }
    }
}
