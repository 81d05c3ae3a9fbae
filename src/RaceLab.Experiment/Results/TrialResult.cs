namespace RaceLab.Experiment.Results;

/// <summary>What one trial measured.</summary>
/// <param name="Final">The counter once every thread had finished.</param>
/// <param name="Lost">Updates lost: expected − final.</param>
/// <param name="Seconds">From the first thread's start to the last thread's end.</param>
/// <param name="NsPerIncrement">Seconds × 1e9 / expected increments.</param>
/// <param name="Overlap">Share (0..1) of <see cref="Seconds"/> during which at least two threads were running their loops.</param>
public sealed record TrialResult(long Final, long Lost, double Seconds, double NsPerIncrement, double Overlap)
{
    /// <summary>Builds a result from each thread's start and end timestamps.</summary>
    public static TrialResult FromTimestamps(long expected, long final, IReadOnlyList<long> starts, IReadOnlyList<long> ends, long frequency)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        var first = starts.Min();
        var last = ends.Max();
        var seconds = (double)(last - first) / frequency;
        return new TrialResult(
            final,
            expected - final,
            seconds,
            seconds * 1e9 / expected,
            Results.Overlap.Share(starts, ends));
    }
}
