using System.Globalization;
using System.Xml.Linq;
using RaceLab.Experiment.Results;
using static RaceLab.Report.Svg.SvgBuilder;

namespace RaceLab.Report.Run;

/// <summary>
/// The distribution of lost updates over the trials, one row per strategy: a dot per trial at its share of the
/// expected count lost, and a tick at the median. Safe strategies sit on zero; the unsafe ones scatter.
/// </summary>
internal static class LostUpdatesChart
{
    private const double Width = 1100;
    private const double Left = 130;
    private const double Right = 40;
    private const double Row = 30;
    private const double Top = 46;

    public static XElement Render(ExperimentResult result)
    {
        var strategies = result.Strategies;
        var maxShare = Math.Max(0.01, strategies.SelectMany(s => s.Trials).Select(t => (double)t.Lost / Math.Max(1, result.Expected)).DefaultIfEmpty(0).Max());
        var plot = Width - Left - Right;
        var height = Top + (strategies.Count * Row) + 10;
        double X(double share) => Left + (Math.Clamp(share / maxShare, 0, 1) * plot);
        var svg = El("svg", A("class", "run-chart"), A("viewBox", $"0 0 {Num(Width)} {Num(height)}"), A("width", Width), A("height", height), A("role", "img"),
            Title("Updates lost per trial, as a share of the expected count"),
            Text(Left, 14, "updates lost per trial (share of threads × iterations; a dot per trial, a bar at the median)", "axis-label"));
        for (var tick = 0; tick <= 4; tick++)
        {
            var share = maxShare * tick / 4;
            svg.Add(El("line", A("x1", X(share)), A("x2", X(share)), A("y1", Top - 6), A("y2", height - 8), A("class", "grid")));
            svg.Add(Text(X(share), Top - 12, share.ToString("P1", CultureInfo.InvariantCulture), "tick", "middle"));
        }

        for (var i = 0; i < strategies.Count; i++)
        {
            var s = strategies[i];
            var y = Top + (i * Row) + (Row / 2);
            var row = El("g", A("class", $"strategy {(s.LostUpdates ? "anomaly" : "serial")}"), A("data-strategy", s.Name),
                Text(Left - 10, y + 4, s.Name, "lane-label", "end"));
            foreach (var trial in s.Trials)
            {
                var share = (double)trial.Lost / Math.Max(1, result.Expected);
                row.Add(El("circle", A("cx", X(share)), A("cy", y), A("r", 5), A("class", $"trial-dot {(trial.Lost != 0 ? "anomaly" : "serial")}"),
                    Title(string.Create(CultureInfo.InvariantCulture, $"{s.Name}: final {trial.Final:N0}, lost {trial.Lost:N0} ({share:P1}), {trial.NsPerIncrement:F2} ns per increment"))));
            }

            var median = s.MedianLost / Math.Max(1, result.Expected);
            row.Add(El("line", A("x1", X(median)), A("x2", X(median)), A("y1", y - 10), A("y2", y + 10), A("class", "median-mark")));
            svg.Add(row);
        }

        return svg;
    }
}
