using RaceLab.Experiment.Running;
using RaceLab.Experiment.Strategies;
using RaceLab.Experiment.Tests.Support;

namespace RaceLab.Experiment.Tests.Strategies;

public class UnsafeStrategyTests
{
    // Loops of ~10 ms each: longer than a scheduler time slice, so even when another process takes one of
    // the cores for a while the two threads still end up running at the same time.
    private const long Iterations = 16_000_000;
    private const int Trials = 60;

    [MultiCoreFact]
    public void Run_UnsafeTwoThreadsWithGate_LosesUpdatesInAtLeastOneOfSixtyTrials()
    {
        const long iterations = Iterations;
        var finals = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var result = TrialRunner.Run(StrategyKind.Unsafe, threads: 2, iterations, startGate: true);
            finals.Add($"{result.Final} (overlap {result.Overlap:P0})");
            if (result.Lost > 0)
            {
                Assert.InRange(result.Final, 1, 2 * iterations - 1);
                return;
            }
        }

        Assert.Fail($"unsafe lost no update in {Trials} trials of 2 threads × {iterations:N0}: finals {string.Join(", ", finals)}");
    }

    [MultiCoreFact]
    public void Run_VolatileTwoThreadsWithGate_LosesUpdatesInAtLeastOneOfSixtyTrials()
    {
        for (var trial = 0; trial < Trials; trial++)
        {
            if (TrialRunner.Run(StrategyKind.Volatile, threads: 2, Iterations, startGate: true).Lost > 0)
            {
                return;
            }
        }

        Assert.Fail("Volatile.Read + Volatile.Write lost no update in 60 trials: the read-modify-write should race");
    }

    [Fact]
    public void Run_UnsafeOneThread_IsExact()
    {
        var result = TrialRunner.Run(StrategyKind.Unsafe, threads: 1, iterations: 100_000, startGate: true);
        Assert.Equal(100_000, result.Final);
        Assert.Equal(0, result.Overlap);
    }
}
