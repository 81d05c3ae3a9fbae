using System.Globalization;
using System.Xml.Linq;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Timelines;

/// <summary>A standalone SVG file: several timelines one under another, each under its label, with the page's style inside.</summary>
internal static class TimelineDocument
{
    public static string Stack(IReadOnlyList<(string Label, XElement Svg)> timelines, string css)
    {
        var y = 0.0;
        var root = El("svg", A("class", "timeline-stack"));
        root.Add(El("style", css));
        root.Add(El("rect", A("class", "page-bg"), A("x", 0), A("y", 0), A("width", "100%"), A("height", "100%"), A("style", "fill: var(--bg)")));
        foreach (var (label, svg) in timelines)
        {
            root.Add(Text(12, y + 20, label, "lane-label"));
            var height = double.Parse(svg.Attribute("height")!.Value, CultureInfo.InvariantCulture);
            svg.SetAttributeValue("x", 0);
            svg.SetAttributeValue("y", Num(y + 28));
            root.Add(svg);
            y += height + 40;
        }

        root.SetAttributeValue("viewBox", $"0 0 {Num(TimelineLayout.Width)} {Num(Math.Max(y, 1))}");
        root.SetAttributeValue("width", Num(TimelineLayout.Width));
        root.SetAttributeValue("height", Num(Math.Max(y, 1)));
        return new XDeclaration("1.0", "utf-8", null) + Environment.NewLine + root.ToString(SaveOptions.DisableFormatting);
    }
}
