using System.Globalization;
using System.Numerics;
using System.Xml.Linq;
using RaceLab.Explorer.Engine;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Explore;

/// <summary>
/// One horizontal bar per outcome: how many interleavings reach it, blue when a serial run produces it, red for an
/// anomaly. Counts spanning more than two orders of magnitude get a log scale (and say so), or the rare outcome —
/// usually the interesting one — would be a bar too thin to see.
/// </summary>
internal static class OutcomeChart
{
    private const double Width = 1100;
    private const double Left = 260;
    private const double BarHeight = 24;
    private const double Gap = 10;
    private const double Top = 28;

    public static XElement Render(IReadOnlyList<OutcomeReport> outcomes, string id)
    {
        var counts = outcomes.Select(o => Log10(o.Interleavings)).ToArray();
        var logScale = counts.Length > 1 && counts.Max() - counts.Where(c => c > double.NegativeInfinity).DefaultIfEmpty(0).Min() > 2;
        var plot = Width - Left - 340;
        var height = Top + (outcomes.Count * (BarHeight + Gap)) + 8;
        var svg = El("svg", A("class", "outcome-chart"), A("id", id), A("viewBox", $"0 0 {Num(Width)} {Num(height)}"), A("width", Width), A("height", height),
            A("role", "img"), A("data-scale", logScale ? "log" : "linear"),
            Title("Interleavings per outcome"),
            Text(Left, 16, logScale ? "interleavings (log scale: counts span several orders of magnitude)" : "interleavings", "axis-label"));
        var max = counts.DefaultIfEmpty(0).Max();
        var maxCount = outcomes.Select(o => o.Interleavings).DefaultIfEmpty(BigInteger.One).Max();
        for (var i = 0; i < outcomes.Count; i++)
        {
            var o = outcomes[i];
            var share = logScale
                ? (counts[i] + 1) / (max + 1)
                : maxCount.IsZero ? 0 : (double)o.Interleavings / (double)maxCount;
            var y = Top + (i * (BarHeight + Gap));
            var grade = o.Anomaly ? "anomaly" : "serial";
            var label = o.Outcome.DescribeGlobalsShort();
            var count = o.Interleavings.ToString("N0", CultureInfo.InvariantCulture);
            svg.Add(El("g", A("class", $"outcome {grade}"), A("data-outcome", i + 1),
                Title($"outcome {i + 1}: {label}; {count} interleavings; fewest preemptions {o.MinPreemptions?.ToString(CultureInfo.InvariantCulture) ?? "?"}; {(o.Anomaly ? "anomaly: no serial run produces it" : o.Serial ? "a serial run produces it" : "not graded")}"),
                Text(Left - 10, y + 17, $"{i + 1}. {label}", "lane-label", "end"),
                El("rect", A("class", $"bar {grade}"), A("x", Left), A("y", y), A("width", Math.Max(2, share * plot)), A("height", BarHeight)),
                Text(Left + Math.Max(2, share * plot) + 8, y + 17, $"{count}  ({(o.Anomaly ? "anomaly" : o.Serial ? "serial" : "?")}, {o.MinPreemptions?.ToString(CultureInfo.InvariantCulture) ?? "?"} preemptions)", "bar-label")));
        }

        return svg;
    }

    private static double Log10(BigInteger value) => value.Sign <= 0 ? 0 : BigInteger.Log10(value);
}
