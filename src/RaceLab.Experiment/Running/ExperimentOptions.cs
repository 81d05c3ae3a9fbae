using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Running;

/// <summary>What to run: every selected strategy, <see cref="Trials"/> times, on <see cref="Threads"/> threads.</summary>
/// <param name="Threads">Threads that increment the counter (1..1024).</param>
/// <param name="Iterations">Increments per thread (at least 1).</param>
/// <param name="Strategies">The strategies, run in this order.</param>
/// <param name="Trials">Trials per strategy (at least 1).</param>
/// <param name="StartGate">True: threads are created first and released together; false: started one after another.</param>
public sealed record ExperimentOptions(
    int Threads,
    long Iterations,
    IReadOnlyList<StrategyKind> Strategies,
    int Trials,
    bool StartGate)
{
    /// <summary>The most threads a run accepts.</summary>
    public const int MaxThreads = 1024;

    /// <summary>threads × iterations: what a correct strategy ends with. Valid only when <see cref="Validate"/> found nothing.</summary>
    public long Expected => Threads * Iterations;

    /// <summary>True when the total does not fit an int, so every strategy runs its 64-bit loop.</summary>
    public bool Uses64BitCounters => Expected > int.MaxValue;

    /// <summary>Every problem with these options, each naming the option; empty when they can run.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Threads is < 1 or > MaxThreads)
        {
            problems.Add($"--threads must be between 1 and {MaxThreads} (got {Threads})");
        }

        if (Iterations < 1)
        {
            problems.Add($"--iterations must be at least 1 (got {Iterations})");
        }

        if (Trials < 1)
        {
            problems.Add($"--trials must be at least 1 (got {Trials})");
        }

        if (Strategies.Count == 0)
        {
            problems.Add("--strategy selects no strategy");
        }

        if (Threads >= 1 && Iterations >= 1 && Iterations > long.MaxValue / Threads)
        {
            problems.Add($"--threads {Threads} × --iterations {Iterations} overflows a 64-bit counter (at most {long.MaxValue})");
        }

        return problems;
    }
}
