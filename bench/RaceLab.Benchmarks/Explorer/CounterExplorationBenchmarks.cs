using BenchmarkDotNet.Attributes;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Models;

namespace RaceLab.Benchmarks.Explorer;

/// <summary>
/// Exhaustive exploration of N threads × K load/store increments at memory granularity (issue 5), the model
/// SPIN 6.5 explores in 0.03 s (2, 10), 0.04 s (3, 3) and 15 s (4, 3). (10, 2) has 40.8 M states up to symmetry;
/// run it with <c>--filter *Counter* --job dry</c> or time the real command.
/// </summary>
[MemoryDiagnoser]
public class CounterExplorationBenchmarks
{
    [Params("2x10", "3x3", "4x3")]
    public string Shape { get; set; } = "2x10";

    [Benchmark]
    public long Explore()
    {
        var parts = Shape.Split('x');
        var machine = new CounterMachine(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        return new StateSpaceExplorer<CounterState>(machine).Explore().States;
    }
}
