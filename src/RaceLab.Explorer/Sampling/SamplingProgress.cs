namespace RaceLab.Explorer.Sampling;

/// <summary>A progress report of a long sampling run (no clock inside: the caller times it).</summary>
/// <param name="Schedules">Schedules finished so far.</param>
/// <param name="Outcomes">Distinct outcomes so far.</param>
/// <param name="Failures">Schedules so far that failed (assertion, exception, deadlock).</param>
public sealed record SamplingProgress(int Schedules, int Outcomes, int Failures)
{
    /// <summary>Every schedule has run; witnesses are being shrunk now.</summary>
    public bool Shrinking { get; init; }
}
