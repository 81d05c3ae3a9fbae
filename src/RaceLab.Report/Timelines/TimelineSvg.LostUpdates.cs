using System.Globalization;
using System.Xml.Linq;
using RaceLab.Python.Vm.Timeline;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Timelines;

internal static partial class TimelineSvg
{
    /// <summary>One arc per lost-update event, over the lane of the thread that loaded and then stored a stale value.</summary>
    private static XElement LostUpdates(SimulationTimeline timeline, TimelineLayout layout)
    {
        var links = El("g", A("class", "lost-links"), A("data-count", timeline.LostUpdates.Count));
        for (var i = 0; i < timeline.LostUpdates.Count; i++)
        {
            var lost = timeline.LostUpdates[i];
            var story = lost.Story;
            var x1 = layout.X(story.LoadSeconds);
            var x2 = Math.Max(x1 + 0.5, layout.X(story.StoreSeconds));
            var y = layout.LaneTop(lost.Thread) + 3;
            var lift = Math.Min(TimelineLayout.LaneGap + 10, 6 + ((x2 - x1) / 8));
            links.Add(El("path",
                A("d", $"M{Num(x1)},{Num(y)} C{Num(x1)},{Num(y - lift)} {Num(x2)},{Num(y - lift)} {Num(x2)},{Num(y)}"),
                A("class", $"lost-link th{lost.Thread % 10}"),
                A("data-index", i),
                A("tabindex", "0"),
                Title(StoryText.Of(story))));
        }

        return links;
    }
}
