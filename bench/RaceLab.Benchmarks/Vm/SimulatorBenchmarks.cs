using BenchmarkDotNet.Attributes;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Simulation;

namespace RaceLab.Benchmarks.Vm;

/// <summary>
/// The simulator on the note's program family, one simulated run per operation, with real CPython's code
/// objects from the VM test corpus. inline_4x500k executes 14 million bytecode instructions (3.9), so
/// simulated instructions per second = Instructions / Mean (printed once in GlobalSetup).
/// </summary>
[MemoryDiagnoser]
public class SimulatorBenchmarks
{
    private CodeObject _code = null!;
    private SimulationOptions _options = null!;

    [Params("inline_4x500k", "helper_6x300k", "with_lock_4x250k")]
    public string Program { get; set; } = "inline_4x500k";

    [Params("3.9", "3.11", "3.13")]
    public string Python { get; set; } = "3.9";

    [GlobalSetup]
    public void Setup()
    {
        if (!PythonVersions.TryParse(Python, out var version))
        {
            throw new ArgumentException($"unknown version {Python}");
        }

        var path = Path.Combine(Repository.Root(), "tests", "RaceLab.Python.Vm.Tests", "Programs", "golden", Program, Python + ".code.json");
        _code = CodeObjectJson.Load(File.ReadAllText(path), version!.Value, Program + ".py");
        _options = new SimulationOptions { Version = version.Value, Seed = 1 };
        var probe = Simulator.Run(_code, _options);
        Console.WriteLine($"// {Program} on {Python}: {probe.Instructions:N0} simulated instructions per operation");
    }

    [Benchmark]
    public long Simulate() => Simulator.Run(_code, _options).Instructions;
}
