using BenchmarkDotNet.Attributes;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Models;
using RaceLab.Explorer.Python;
using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Benchmarks.Explorer;

/// <summary>
/// Issue 5's largest target, 10 threads × 2 load/store increments at memory granularity (40.8 M states up to
/// symmetry), only as part vectors: whole states would take most of an hour. The baseline in the same run is
/// the compiled model of the same shape through the same part-vector search, so the ratio is what learning
/// the steps from the VM adds. Seconds an operation: three iterations.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[GcConcurrent(false)]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LargeExplorationBenchmarks
{
    private CodeObject _program = null!;

    [GlobalSetup]
    public void CompileProgram() => _program = LoadStoreProgram.Compile(10, 2);

    [Benchmark(Baseline = true)]
    public long CompiledModelParts() => Exploration.Explore(new CounterMachine(10, 2)).States;

    [Benchmark]
    public long PythonVmParts()
    {
        var machine = new PythonMachine(_program, new PythonMachineOptions { Granularity = Granularity.Memory });
        return Exploration.Explore(machine).States;
    }
}
