namespace RaceLab.Report.Timelines;

/// <summary>Where things go in a timeline picture: lanes top to bottom, simulated time left to right.</summary>
internal sealed class TimelineLayout(int lanes, double endSeconds, bool hasGil)
{
    public const double Width = 1100;
    public const double Left = 120;
    public const double Right = 16;
    public const double AxisHeight = 26;
    public const double GilRowHeight = 22;
    public const double LaneHeight = 24;
    public const double LaneGap = 8;
    public const double LegendHeight = 30;

    public double PlotWidth => Width - Left - Right;

    public double EndSeconds { get; } = endSeconds > 0 ? endSeconds : 1e-9;

    public double GilTop => AxisHeight;

    public double LanesTop => AxisHeight + (hasGil ? GilRowHeight + LaneGap : 0);

    public double LaneTop(int lane) => LanesTop + (lane * (LaneHeight + LaneGap));

    public double LaneMiddle(int lane) => LaneTop(lane) + (LaneHeight / 2);

    public double PlotBottom => LaneTop(lanes) - LaneGap;

    public double Height => PlotBottom + LegendHeight;

    public double X(double seconds) => Left + (seconds / EndSeconds * PlotWidth);
}
