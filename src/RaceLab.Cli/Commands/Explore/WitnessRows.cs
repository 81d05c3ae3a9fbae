using System.Globalization;
using RaceLab.Explorer.Engine;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>One row of a witness table: an instruction, or a fold of several that touch no shared state.</summary>
internal sealed record WitnessRow(int Step, int Thread, string Instruction, string Lines, string Access);

/// <summary>
/// Condenses a witness for reading: a run of more than <see cref="LongestShownRun"/> instructions of one
/// thread in one step that read or write nothing shared (the main thread's set-up, a loop's bookkeeping)
/// becomes one row saying how many and on which lines; every shared read and write keeps its own row.
/// </summary>
internal static class WitnessRows
{
    public const int LongestShownRun = 3;

    public static IEnumerable<WitnessRow> Condense(IReadOnlyList<WitnessEvent> events)
    {
        for (var i = 0; i < events.Count;)
        {
            var run = RunLength(events, i);
            if (run > LongestShownRun)
            {
                yield return Fold(events, i, run);
                i += run;
                continue;
            }

            for (var end = i + Math.Max(run, 1); i < end; i++)
            {
                var e = events[i];
                yield return new WitnessRow(e.Step, e.Thread, e.Instruction, e.Line > 0 ? Number(e.Line) : string.Empty, e.Access ?? string.Empty);
            }
        }
    }

    /// <summary>How many events from <paramref name="start"/> on touch nothing shared, in one step and thread.</summary>
    private static int RunLength(IReadOnlyList<WitnessEvent> events, int start)
    {
        var first = events[start];
        var length = 0;
        while (start + length < events.Count)
        {
            var e = events[start + length];
            if (e.Access is not null || e.Step != first.Step || e.Thread != first.Thread)
            {
                break;
            }

            length++;
        }

        return length;
    }

    private static WitnessRow Fold(IReadOnlyList<WitnessEvent> events, int start, int length)
    {
        var lines = events.Skip(start).Take(length).Select(e => e.Line).Where(line => line > 0).ToList();
        var span = lines.Count == 0 ? string.Empty
            : lines.Min() == lines.Max() ? Number(lines.Min())
            : $"{Number(lines.Min())}–{Number(lines.Max())}";
        var first = events[start];
        return new WitnessRow(first.Step, first.Thread, $"… {Number(length)} instructions, nothing shared", span, string.Empty);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
