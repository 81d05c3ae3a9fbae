namespace RaceLab.Cli.Commands.Explore;

/// <summary>Wall-clock seconds spent running the schedules and shrinking the witnesses.</summary>
internal sealed record SamplingTiming(double Sampling, double Shrinking)
{
    public double Total => Sampling + Shrinking;
}
