using System.Xml.Linq;
using RaceLab.Python.Vm.Timeline;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Timelines;

internal static partial class TimelineSvg
{
    private static XElement Handoffs(SimulationTimeline timeline, TimelineLayout layout)
    {
        var row = El("g", A("class", "handoffs"), A("data-count", timeline.Handoffs.Count));
        var top = layout.GilTop;
        if (timeline.Handoffs.Count <= MaxDetailedHandoffs)
        {
            foreach (var h in timeline.Handoffs)
            {
                var x = layout.X(h.Time);
                row.Add(El("line", A("x1", x), A("x2", x), A("y1", top + 2), A("y2", top + TimelineLayout.GilRowHeight - 2),
                    A("class", $"handoff cause-{h.Cause.ToString().ToLowerInvariant()}"),
                    Title($"{Ms(h.Time)}: {timeline.Threads[h.From]} → {timeline.Threads[h.To]} ({Cause(h.Cause)}): {h.Detail}")));
            }

            return row;
        }

        // Thousands of hand-offs: one bar per bin, as tall as its share of the busiest bin.
        var binSeconds = layout.EndSeconds / Bins;
        var counts = new int[Bins];
        foreach (var h in timeline.Handoffs)
        {
            counts[Math.Min(Bins - 1, (int)(h.Time / binSeconds))]++;
        }

        var max = Math.Max(1, counts.Max());
        var width = layout.PlotWidth / Bins;
        for (var bin = 0; bin < Bins; bin++)
        {
            if (counts[bin] == 0)
            {
                continue;
            }

            var height = Math.Max(1.5, (TimelineLayout.GilRowHeight - 4) * counts[bin] / max);
            row.Add(El("rect", A("x", TimelineLayout.Left + (bin * width)), A("y", top + TimelineLayout.GilRowHeight - 2 - height), A("width", width + 0.05),
                A("height", height), A("class", "handoff-bin"), Title($"{counts[bin]} hand-offs between {Ms(bin * binSeconds)} and {Ms((bin + 1) * binSeconds)}")));
        }

        return row;
    }

    internal static string Cause(HandoffCause cause) => cause switch
    {
        HandoffCause.SwitchInterval => "switch interval",
        HandoffCause.Blocking => "blocking call",
        HandoffCause.ThreadStart => "thread start",
        HandoffCause.ThreadExit => "thread exit",
        _ => "time slice",
    };
}
