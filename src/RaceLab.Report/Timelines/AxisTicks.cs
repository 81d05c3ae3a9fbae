using System.Globalization;

namespace RaceLab.Report.Timelines;

/// <summary>Round tick positions (1, 2 or 5 × 10^k ms) for a time axis; the page's script computes the same when zoomed.</summary>
internal static class AxisTicks
{
    public static IEnumerable<(double Seconds, string Label)> For(double startSeconds, double endSeconds, int target = 10)
    {
        var spanMs = Math.Max((endSeconds - startSeconds) * 1000, 1e-9);
        var raw = spanMs / target;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step)));
        for (var ms = Math.Ceiling(startSeconds * 1000 / step) * step; ms <= endSeconds * 1000 + (step * 1e-9); ms += step)
        {
            yield return (ms / 1000, ms.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        }
    }
}
