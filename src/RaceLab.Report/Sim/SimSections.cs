using System.Globalization;
using System.Xml.Linq;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Report.Timelines;
using static RaceLab.Report.Svg.HtmlFragment;

namespace RaceLab.Report.Sim;

/// <summary>The HTML of simulated runs: per run, what it printed and counted, its timeline, and a panel for the clicked story.</summary>
public static class SimSections
{
    public static string RunBlock(SimRunView run, string id)
    {
        ArgumentNullException.ThrowIfNull(run);
        var r = run.Result;
        var block = El("div", new XAttribute("class", "timeline-block"), new XAttribute("data-run", id));
        block.Add(El("h3", run.Label));
        block.Add(Facts(r));
        if (r.Timeline is { } timeline)
        {
            block.Add(El("div", new XAttribute("class", "toolbar"),
                El("button", new XAttribute("type", "button"), new XAttribute("data-zoom", "2"), "zoom in"),
                El("button", new XAttribute("type", "button"), new XAttribute("data-zoom", "0.5"), "zoom out"),
                El("button", new XAttribute("type", "button"), new XAttribute("data-zoom", "reset"), "reset"),
                El("span", "wheel to zoom, drag to pan, double-click to reset; hover a mark for details")));
            block.Add(El("div", new XAttribute("class", "figure"), TimelineSvg.Render(timeline, id, $"GIL timeline of {run.Label}")));
            block.Add(El("div", new XAttribute("class", "story"), new XAttribute("aria-live", "polite"),
                timeline.LostUpdates.Count > 0 ? "Click a lost-update arc to read its story." : "No update was lost in this run."));
            if (timeline.LostUpdatesNotKept > 0)
            {
                block.Add(El("p", new XAttribute("class", "facts"), string.Create(CultureInfo.InvariantCulture,
                    $"{timeline.LostUpdates.Count:N0} lost-update events are drawn; {timeline.LostUpdatesNotKept:N0} more happened and are only counted.")));
            }

            block.Add(HandoffTable(timeline));
        }

        return ToHtml(block);
    }

    private static XElement Facts(SimulationResult r)
    {
        var printed = r.Output.Count > 0 ? r.Output[^1] : "(nothing)";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Printed: {printed}. {(r.UncaughtException is { } e ? e + ". " : string.Empty)}{r.LostUpdateEvents:N0} lost-update events erased {r.UpdatesLost:N0} updates; {r.GilSwitches:N0} GIL switches; {r.SimulatedSeconds * 1000:N1} simulated ms; {r.Instructions:N0} instructions.");
        return El("p", new XAttribute("class", "facts"), text);
    }

    private static XElement HandoffTable(Python.Vm.Timeline.SimulationTimeline timeline)
    {
        var table = El("table", El("tr", El("th", "hand-off cause"), El("th", new XAttribute("class", "num"), "count")));
        foreach (var group in timeline.Handoffs.GroupBy(h => h.Cause).OrderByDescending(g => g.Count()))
        {
            table.Add(El("tr", El("td", TimelineSvg.Cause(group.Key)), El("td", new XAttribute("class", "num"), group.Count().ToString("N0", CultureInfo.InvariantCulture))));
        }

        return timeline.Handoffs.Count == 0 ? El("p", new XAttribute("class", "facts"), timeline.HasGil ? "No GIL hand-off." : "Free-threaded: no GIL, threads share the cores.") : table;
    }
}
