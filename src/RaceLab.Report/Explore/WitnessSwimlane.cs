using System.Globalization;
using System.Xml.Linq;
using RaceLab.Explorer.Engine;
using static RaceLab.Report.Svg.HtmlFragment;

namespace RaceLab.Report.Explore;

/// <summary>
/// A witness as swimlanes: a column per thread, a row per scheduling step, the step's instructions in its
/// thread's column, shared reads and writes highlighted with their values, thread switches marked. Runs of
/// steps that touch nothing shared are folded behind one row that expands them.
/// </summary>
internal static class WitnessSwimlane
{
    /// <summary>More private steps in a row than this are folded.</summary>
    public const int LongestShownRun = 2;

    public static XElement Render(Witness witness, string id)
    {
        var steps = witness.Events.GroupBy(e => e.Step).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var threads = witness.Events.Select(e => e.Thread).Distinct().Order().ToArray();
        var switches = Switches(steps, witness.Preemptions);
        var table = El("table", new XAttribute("class", "swimlane"), new XAttribute("id", id), new XAttribute("data-threads", threads.Length),
            El("thead", El("tr", El("th", "step"), threads.Select(t => El("th", ThreadName(t))))));
        var body = El("tbody");
        for (var i = 0; i < steps.Length;)
        {
            var run = PrivateRun(steps, i, switches);
            if (run > LongestShownRun)
            {
                var fold = $"{id}-fold-{i}";
                var lines = steps.Skip(i).Take(run).SelectMany(s => s).Select(e => e.Line).Where(l => l > 0).ToArray();
                var span = lines.Length == 0 ? string.Empty : lines.Min() == lines.Max() ? $", line {lines.Min()}" : $", lines {lines.Min()}–{lines.Max()}";
                body.Add(El("tr", new XAttribute("class", "fold-toggle"), new XAttribute("data-fold", fold),
                    El("td", new XAttribute("colspan", threads.Length + 1),
                        $"▸ {run} steps of {ThreadName(steps[i][0].Thread)} that touch nothing shared{span} (click to show)")));
                for (var k = i; k < i + run; k++)
                {
                    body.Add(Row(steps[k], threads, switches, fold));
                }

                i += run;
                continue;
            }

            body.Add(Row(steps[i], threads, switches, null));
            i++;
        }

        table.Add(body);
        return table;
    }

    private static XElement Row(WitnessEvent[] step, int[] threads, IReadOnlyDictionary<int, string> switches, string? fold)
    {
        var thread = step[0].Thread;
        var shared = step.Any(e => e.Access is not null);
        var classes = new List<string> { "step" };
        if (fold is not null)
        {
            classes.Add("folded");
        }

        if (switches.ContainsKey(step[0].Step))
        {
            classes.Add("preempt");
        }

        var row = El("tr", new XAttribute("class", string.Join(' ', classes)), new XAttribute("data-step", step[0].Step), fold is null ? null : new XAttribute("data-fold", fold));
        row.Add(El("td", new XAttribute("class", "step-number"), step[0].Step.ToString(CultureInfo.InvariantCulture)));
        foreach (var t in threads)
        {
            if (t != thread)
            {
                row.Add(El("td"));
                continue;
            }

            var cell = El("td", new XAttribute("class", shared ? "shared" : "private"));
            if (switches.TryGetValue(step[0].Step, out var mark))
            {
                cell.Add(El("div", new XAttribute("class", "preempt-mark"), mark));
            }

            foreach (var e in step)
            {
                cell.Add(El("div", new XAttribute("class", "mono"),
                    e.Line > 0 ? $"{e.Line,3}  {e.Instruction}" : e.Instruction,
                    e.Access is null ? null : El("strong", $"  {e.Access}")));
            }

            row.Add(cell);
        }

        return row;
    }

    /// <summary>
    /// Where the schedule changes thread while the previous one runs again later: the preemptions when there are
    /// exactly as many as the witness counts, otherwise (a thread that blocked, e.g. in join) plain switches.
    /// </summary>
    private static Dictionary<int, string> Switches(WitnessEvent[][] steps, int preemptions)
    {
        var candidates = new List<(int Step, int From, int To)>();
        for (var i = 1; i < steps.Length; i++)
        {
            var from = steps[i - 1][0].Thread;
            var to = steps[i][0].Thread;
            if (from != to && steps.Skip(i).Any(s => s[0].Thread == from))
            {
                candidates.Add((steps[i][0].Step, from, to));
            }
        }

        var word = candidates.Count == preemptions ? "preempted" : "switched";
        return candidates.ToDictionary(c => c.Step, c => $"⇄ {ThreadName(c.From)} {word}, {ThreadName(c.To)} runs");
    }

    private static int PrivateRun(WitnessEvent[][] steps, int start, IReadOnlyDictionary<int, string> switches)
    {
        var thread = steps[start][0].Thread;
        var length = 0;
        while (start + length < steps.Length)
        {
            var step = steps[start + length];
            if (step[0].Thread != thread || step.Any(e => e.Access is not null) || switches.ContainsKey(step[0].Step))
            {
                break;
            }

            length++;
        }

        return length;
    }

    public static string ThreadName(int thread) => thread == 0 ? "main" : "T" + thread.ToString(CultureInfo.InvariantCulture);
}
