using RaceLab.Experiment.Environment;
using RaceLab.Experiment.Results;
using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Cli.Tests.Support;

/// <summary>Hand-made experiment results, so report tests do not depend on how a real run happened to go.</summary>
internal static class Results
{
    public static EnvironmentInfo Environment(int cores = 8) => new(
        cores, ".NET 10.0.0", "Test OS", "X64",
        new JitSetting(true, "default"), new JitSetting(true, "default"),
        new JitSetting(false, "DOTNET_TieredPGO=0"), new JitSetting(true, "default"));

    public static TrialResult Trial(long expected, long final, double overlap = 0.9) =>
        new(final, expected - final, 0.01, 1e7 / expected, overlap);

    public static ExperimentResult Make(
        int threads = 10,
        long iterations = 1_000_000,
        bool startGate = true,
        int cores = 8,
        params (StrategyKind Kind, long[] Finals)[] strategies)
    {
        var options = new ExperimentOptions(threads, iterations, [.. strategies.Select(s => s.Kind)], strategies[0].Finals.Length, startGate);
        var expected = options.Expected;
        return new ExperimentResult(
            options,
            Environment(cores),
            [.. strategies.Select(s => new StrategyResult(s.Kind, expected, [.. s.Finals.Select(f => Trial(expected, f))]))]);
    }
}
