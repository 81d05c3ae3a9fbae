namespace RaceLab.Explorer.Sampling;

/// <summary>
/// One stretch of a sampled schedule: <paramref name="Thread"/> runs at least <paramref name="Instructions"/>
/// instructions, then on to its next switch point (it stops earlier if it blocks or ends). Recorded
/// segments hold the exact count run, so replaying them reproduces the run.
/// </summary>
public readonly record struct Segment(int Thread, long Instructions);
