using System.Globalization;
using BenchmarkDotNet.Attributes;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Models;
using RaceLab.Explorer.Python;
using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Benchmarks.Explorer;

/// <summary>
/// Issue 5's memory-granularity targets through the VM: a Python program of N threads × K
/// <c>value = count; count = value + 1</c>, started and joined by the main thread, explored on 3.9, with states
/// kept whole (a copied VM each) and as vectors of interned parts (what racelab does). The baseline in the
/// same run is the engine's compiled model of the same shape (<see cref="CounterMachine"/>) searched as whole
/// states: the ratios are what running real bytecode in the VM costs over the abstract model. The collector is the one
/// racelab's runtimeconfig asks for (server, non-concurrent): with a background collector the VM's
/// exploration takes half as long again.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[GcConcurrent(false)]
public class PythonExplorationBenchmarks
{
    private CodeObject _program = null!;

    [Params("2x10", "3x3", "4x3", "10x1")]
    public string Shape { get; set; } = "4x3";

    private int Threads => int.Parse(Shape.Split('x')[0], CultureInfo.InvariantCulture);

    private int Increments => int.Parse(Shape.Split('x')[1], CultureInfo.InvariantCulture);

    [GlobalSetup]
    public void CompileProgram() => _program = LoadStoreProgram.Compile(Threads, Increments);

    [Benchmark(Baseline = true)]
    public long CompiledModel() => new StateSpaceExplorer<CounterState>(new CounterMachine(Threads, Increments)).Explore().States;

    [Benchmark]
    public long PythonVmWholeStates()
    {
        var machine = new PythonMachine(_program, new PythonMachineOptions { Granularity = Granularity.Memory });
        return new StateSpaceExplorer<PythonState>(machine).Explore().States;
    }

    [Benchmark]
    public long PythonVmParts()
    {
        var machine = new PythonMachine(_program, new PythonMachineOptions { Granularity = Granularity.Memory });
        return Exploration.Explore(machine).States;
    }
}
