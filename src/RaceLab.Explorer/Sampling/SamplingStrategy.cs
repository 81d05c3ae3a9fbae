namespace RaceLab.Explorer.Sampling;

/// <summary>How sampled schedules choose the thread to run at each switch point.</summary>
public enum SamplingStrategy
{
    /// <summary>A random walk: a runnable thread picked uniformly at every switch point.</summary>
    Random,

    /// <summary>Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010).</summary>
    Pct,

    /// <summary>Partial order sampling (Yuan, Yang, Gu, CAV 2018).</summary>
    Pos,
}
