using System.Xml.Linq;
using RaceLab.Python.Vm.Timeline;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Timelines;

/// <summary>
/// Draws one simulated run's GIL timeline: a lane per thread (running, waiting, blocked), the GIL's hand-offs
/// with their cause, and each lost update as an arc from the load to the store that erased others' updates.
/// Zoom and pan live in the page's script, which rescales the <c>zoom</c> group along x only.
/// </summary>
internal static partial class TimelineSvg
{
    /// <summary>Above this many intervals the lanes are drawn as bins of time shares instead of one rectangle each.</summary>
    public const int MaxDetailedIntervals = 4000;

    /// <summary>Above this many hand-offs the GIL row shows how many fell in each bin.</summary>
    public const int MaxDetailedHandoffs = 600;

    public const int Bins = 550;

    public static XElement Render(SimulationTimeline timeline, string id, string caption)
    {
        var layout = new TimelineLayout(timeline.Threads.Count, timeline.EndSeconds, timeline.HasGil);
        var clipId = id + "-clip";
        var zoom = El("g", A("class", "zoom"), A("clip-path", $"url(#{clipId})"));
        var content = El("g", A("class", "zoom-content"));
        zoom.Add(content);
        content.Add(Lanes(timeline, layout));
        if (timeline.HasGil)
        {
            content.Add(Handoffs(timeline, layout));
        }

        content.Add(LostUpdates(timeline, layout));
        return El("svg",
            A("class", "timeline"),
            A("id", id),
            A("viewBox", $"0 0 {Num(TimelineLayout.Width)} {Num(layout.Height)}"),
            A("width", TimelineLayout.Width),
            A("height", layout.Height),
            A("role", "img"),
            A("data-end-seconds", timeline.EndSeconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
            A("data-left", TimelineLayout.Left),
            A("data-plot-width", layout.PlotWidth),
            Title(caption),
            El("defs", El("clipPath", A("id", clipId),
                El("rect", A("x", TimelineLayout.Left), A("y", 0), A("width", layout.PlotWidth), A("height", layout.PlotBottom + 2)))),
            Axis(layout),
            Labels(timeline, layout),
            zoom,
            Legend(layout, timeline.HasGil));
    }

    private static XElement Axis(TimelineLayout layout)
    {
        var axis = El("g", A("class", "axis"));
        axis.Add(Text(TimelineLayout.Left - 8, 14, "simulated ms", "axis-label", "end"));
        foreach (var (seconds, label) in AxisTicks.For(0, layout.EndSeconds))
        {
            var x = layout.X(seconds);
            axis.Add(El("line", A("x1", x), A("x2", x), A("y1", 18), A("y2", layout.PlotBottom), A("class", "grid")));
            axis.Add(Text(x, 14, label, "tick", "middle"));
        }

        return axis;
    }

    private static XElement Labels(SimulationTimeline timeline, TimelineLayout layout)
    {
        var labels = El("g", A("class", "labels"));
        if (timeline.HasGil)
        {
            labels.Add(Text(TimelineLayout.Left - 8, layout.GilTop + 15, "GIL hand-offs", "lane-label", "end"));
        }

        for (var lane = 0; lane < timeline.Threads.Count; lane++)
        {
            labels.Add(Text(TimelineLayout.Left - 8, layout.LaneMiddle(lane) + 4, timeline.Threads[lane], "lane-label", "end"));
        }

        return labels;
    }

    private static XElement Legend(TimelineLayout layout, bool hasGil)
    {
        var y = layout.PlotBottom + 18;
        var legend = El("g", A("class", "legend"));
        var x = TimelineLayout.Left;
        foreach (var (cssClass, label) in new[]
                 {
                     ("run th0", hasGil ? "running, holds the GIL" : "running on a core"),
                     ("wait th0", hasGil ? "waiting for the GIL" : "waiting for a core"),
                     ("block", "blocked (lock, join, start)"),
                 })
        {
            legend.Add(El("rect", A("x", x), A("y", y - 10), A("width", 14), A("height", 12), A("class", cssClass)));
            legend.Add(Text(x + 18, y, label, "legend-text"));
            x += 190;
        }

        legend.Add(El("path", A("d", $"M{Num(x)},{Num(y)} Q{Num(x + 10)},{Num(y - 14)} {Num(x + 20)},{Num(y)}"), A("class", "legend-link th0")));
        legend.Add(Text(x + 26, y, "lost update: load → the store that erased others' updates (click one)", "legend-text"));
        return legend;
    }
}
