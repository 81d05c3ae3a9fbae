namespace RaceLab.Explorer.Engine;

/// <summary>Reports a phase's progress every <see cref="ExplorationOptions.ProgressInterval"/> states.</summary>
internal sealed class ProgressReporter(Action<ExplorationProgress>? progress, int interval, string phase)
{
    private long _next = interval;

    /// <summary>Reports when the phase has passed the next multiple of the interval.</summary>
    public void At(long states, int depth, int outcomes)
    {
        if (progress is not null && states >= _next)
        {
            progress(new ExplorationProgress(phase, states, depth, outcomes));
            _next += interval;
        }
    }
}
