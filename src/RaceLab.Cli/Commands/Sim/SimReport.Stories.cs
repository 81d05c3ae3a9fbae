using System.Globalization;
using RaceLab.Cli.Infrastructure;
using RaceLab.Python.Vm.Simulation;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Sim;

internal static partial class SimReport
{
    private static void WriteStories(IAnsiConsole console, SimulationResult r)
    {
        if (r.Stories.Count == 0)
        {
            console.MarkupLine("  no lost update to tell: no store overwrote another thread's change.");
            return;
        }

        console.MarkupLine($"  [bold]The first {r.Stories.Count} lost update(s):[/]");
        var n = 1;
        foreach (var s in r.Stories)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{n++}. {s.Thread} loaded {s.Global} = {s.LoadedValue} ({s.LoadInstruction}, line {s.LoadLine}) at {s.LoadSeconds * 1000:F3} ms.");
            if (s.SwitchedOutAfter is not null)
            {
                text += string.Create(CultureInfo.InvariantCulture,
                    $" It was switched out at {s.SwitchedOutSeconds * 1000:F3} ms, {s.SwitchReason} {s.SwitchedOutAfter}, and ran again at {(s.ResumedSeconds ?? s.StoreSeconds) * 1000:F3} ms.");
            }
            else
            {
                text += " Another thread ran at the same time (no GIL between them).";
            }

            text += string.Create(CultureInfo.InvariantCulture,
                $" Meanwhile the other threads stored {s.Global} {s.StoresMeanwhile:N0} time(s). It then stored {s.StoredValue} ({s.StoreInstruction}, line {s.StoreLine}) at {s.StoreSeconds * 1000:F3} ms, ")
                + Erasure(s);
            ProgramText.Line(console, "  ", text);
        }
    }

    // Net: stores that overwrote values an earlier stale store had already cut back erase fewer (or restore some).
    private static string Erasure(LostUpdateStory s) => s.UpdatesErased switch
    {
        > 0 when s.UpdatesErased == s.StoresMeanwhile => string.Create(CultureInfo.InvariantCulture, $"erasing those {s.UpdatesErased:N0} update(s)."),
        > 0 => string.Create(CultureInfo.InvariantCulture, $"erasing {s.UpdatesErased:N0} update(s) the value still carried."),
        0 => "erasing none the value still carried (an earlier stale store had already erased them).",
        _ => string.Create(CultureInfo.InvariantCulture, $"putting back {-s.UpdatesErased:N0} update(s) an earlier stale store had erased."),
    };
}
