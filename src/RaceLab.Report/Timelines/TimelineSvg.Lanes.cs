using System.Globalization;
using System.Xml.Linq;
using RaceLab.Python.Vm.Timeline;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Timelines;

internal static partial class TimelineSvg
{
    private static XElement Lanes(SimulationTimeline timeline, TimelineLayout layout)
    {
        var binned = timeline.Intervals.Count > MaxDetailedIntervals;
        var lanes = El("g", A("class", "lanes"));
        for (var lane = 0; lane < timeline.Threads.Count; lane++)
        {
            var g = El("g",
                A("class", $"lane th{lane % 10}"),
                A("data-thread", timeline.Threads[lane]),
                A("data-binned", binned ? "true" : "false"));
            var intervals = timeline.Intervals.Where(i => i.Thread == lane);
            if (binned)
            {
                AddBins(g, intervals, lane, layout);
            }
            else
            {
                foreach (var interval in intervals)
                {
                    g.Add(IntervalRect(interval, lane, layout));
                }
            }

            if (lane < timeline.Ends.Count && timeline.Ends[lane] >= 0)
            {
                var x = layout.X(timeline.Ends[lane]);
                g.Add(El("line", A("x1", x), A("x2", x), A("y1", layout.LaneTop(lane)), A("y2", layout.LaneTop(lane) + TimelineLayout.LaneHeight),
                    A("class", "done"), Title($"{timeline.Threads[lane]} done at {Ms(timeline.Ends[lane])}")));
            }

            lanes.Add(g);
        }

        return lanes;
    }

    private static XElement IntervalRect(TimelineInterval interval, int lane, TimelineLayout layout)
    {
        var (cssClass, height) = interval.Activity switch
        {
            ThreadActivity.Running => ("run", TimelineLayout.LaneHeight),
            ThreadActivity.Waiting => ("wait", TimelineLayout.LaneHeight),
            _ => ("block", TimelineLayout.LaneHeight / 3),
        };
        var x = layout.X(interval.Start);
        var top = layout.LaneTop(lane) + ((TimelineLayout.LaneHeight - height) / 2);
        return El("rect", A("x", x), A("y", top), A("width", Math.Max(0.3, layout.X(interval.End) - x)), A("height", height), A("class", cssClass),
            Title($"{Activity(interval.Activity)} from {Ms(interval.Start)} to {Ms(interval.End)}"));
    }

    /// <summary>Thousands of short stretches: each bin shows the share of its time the thread ran (solid) and waited (light).</summary>
    private static void AddBins(XElement g, IEnumerable<TimelineInterval> intervals, int lane, TimelineLayout layout)
    {
        var binSeconds = layout.EndSeconds / Bins;
        var running = new double[Bins];
        var waiting = new double[Bins];
        foreach (var interval in intervals)
        {
            var target = interval.Activity switch
            {
                ThreadActivity.Running => running,
                ThreadActivity.Waiting => waiting,
                _ => null,
            };
            if (target is null)
            {
                continue;
            }

            for (var bin = (int)(interval.Start / binSeconds); bin < Bins && bin * binSeconds < interval.End; bin++)
            {
                var overlap = Math.Min(interval.End, (bin + 1) * binSeconds) - Math.Max(interval.Start, bin * binSeconds);
                target[bin] += Math.Max(0, overlap) / binSeconds;
            }
        }

        var width = layout.PlotWidth / Bins;
        var bottom = layout.LaneTop(lane) + TimelineLayout.LaneHeight;
        for (var bin = 0; bin < Bins; bin++)
        {
            var x = TimelineLayout.Left + (bin * width);
            var runHeight = Math.Min(1, running[bin]) * TimelineLayout.LaneHeight;
            var waitHeight = Math.Min(1 - Math.Min(1, running[bin]), waiting[bin]) * TimelineLayout.LaneHeight;
            if (runHeight + waitHeight < 0.2)
            {
                continue;
            }

            var title = Title(string.Create(CultureInfo.InvariantCulture,
                $"{Ms(bin * binSeconds)}–{Ms((bin + 1) * binSeconds)}: running {running[bin]:P0}, waiting {waiting[bin]:P0}"));
            g.Add(El("rect", A("x", x), A("y", bottom - runHeight), A("width", width + 0.05), A("height", runHeight), A("class", "run"), title));
            if (waitHeight > 0.2)
            {
                g.Add(El("rect", A("x", x), A("y", bottom - runHeight - waitHeight), A("width", width + 0.05), A("height", waitHeight), A("class", "wait")));
            }
        }
    }

    private static string Activity(ThreadActivity activity) => activity switch
    {
        ThreadActivity.Running => "running",
        ThreadActivity.Waiting => "waiting",
        _ => "blocked",
    };

    internal static string Ms(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds * 1000:0.###} ms");
}
