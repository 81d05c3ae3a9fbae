using BenchmarkDotNet.Attributes;
using RaceLab.Check;
using RaceLab.Check.Configuration;
using RaceLab.Python;

namespace RaceLab.Benchmarks.Check;

/// <summary>
/// racelab check on a generated project of 200 modules (19,600 lines) for all six targets: five
/// compilations and analyses a file (3.13t reuses 3.13's), files in parallel on every core.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string _root = "";
    private CheckRequest? _request;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "racelab-check-bench");
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        GeneratedProject.Write(_root, 200);
        _request = CheckOptions.Resolve([_root], "all", [], [], [], null);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public int CheckAllTargets() => CheckRunner.Run(_request!, PythonCompiler.Compile).Reported.Count();
}
