using System.Xml.Linq;
using RaceLab.Report.Svg;
using RaceLab.Report.Tests.Support;

namespace RaceLab.Report.Tests.Pages;

public sealed class SimSvgTests
{
    [Fact]
    public void SimSvg_TwoVersions_IsOneWellFormedPictureWithATimelineEach()
    {
        var path = PageMaker.Make("sim.svg", "--svg", "sim", PageMaker.Program("counter_4x500k.py"), "--python", "3.9,3.12");

        var svg = XDocument.Load(path).Root!;
        Assert.Equal(SvgBuilder.Ns + "svg", svg.Name);
        var timelines = svg.Elements(SvgBuilder.Ns + "svg").ToArray();
        Assert.Equal(2, timelines.Length);
        Assert.All(timelines, t => Assert.Equal(5, t.Descendants(SvgBuilder.Ns + "g").Count(g => g.Attribute("class")?.Value.StartsWith("lane ", StringComparison.Ordinal) == true)));
        Assert.NotEmpty(svg.Elements(SvgBuilder.Ns + "style"));
    }
}
