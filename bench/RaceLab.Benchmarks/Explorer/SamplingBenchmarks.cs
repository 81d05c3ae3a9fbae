using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Sampling;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Simulation;

namespace RaceLab.Benchmarks.Explorer;

/// <summary>
/// Issue 14's performance target: one sampled schedule of the note's program (10 threads × 1,000,000
/// <c>count += 1</c>, tests/RaceLab.Explorer.Tests/Programs/inline_counter.py, Python 3.9) per strategy,
/// against one <c>racelab sim</c> trial of it (the baseline) in the same run, on one core. A schedule is
/// <see cref="ScheduleRunner.Run"/> on a fresh VM, as each of the sampler's workers runs it, without the
/// sampler's serial probe run or the shrinking of witnesses. Target: a schedule at most twice a sim trial.
/// Run with: dotnet run -c Release --project bench/RaceLab.Benchmarks -- --filter '*SamplingBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SamplingBenchmarks
{
    private CodeObject _code = null!;
    private PythonMachine _machine = null!;
    private long _length;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Repository.Root(), "tests", "RaceLab.Explorer.Tests", "Programs", "inline_counter.py");
        _code = PythonCompiler.Compile(File.ReadAllText(path), "inline_counter.py", PythonVersion.Py39);
        _machine = new PythonMachine(_code, new PythonMachineOptions());
        _length = Simulator.Run(_code, new SimulationOptions { Version = PythonVersion.Py39, Seed = 1 }).Instructions;
    }

    [Benchmark(Baseline = true)]
    public long SimOneTrial() => Simulator.Run(_code, new SimulationOptions { Version = PythonVersion.Py39, Seed = 1 }).Instructions;

    [Benchmark]
    public long PctOneSchedule() => Schedule(SamplingStrategy.Pct);

    [Benchmark]
    public long RandomOneSchedule() => Schedule(SamplingStrategy.Random);

    [Benchmark]
    public long PosOneSchedule() => Schedule(SamplingStrategy.Pos);

    private long Schedule(SamplingStrategy strategy)
    {
        var sampler = new ScheduleSampler(_machine, new SamplingOptions { Strategy = strategy, Seed = 1, Workers = 1 });
        var run = new ScheduleRunner(_machine).Run(sampler.StrategyFor(0, _length), false, long.MaxValue, long.MaxValue, CancellationToken.None);
        return run!.Instructions;
    }
}
