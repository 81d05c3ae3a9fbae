using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace RaceLab.Benchmarks.Vm;

/// <summary>
/// Issues 4 and 12, measured whole in one run: `racelab sim` of the note's program (10 threads × 1,000,000
/// increments, one trial on 3.9) and of its class-based twin (the increment a method doing
/// `self.value += 1`) against real CPython 3.9 running the same files, each a fresh process, start-up
/// included. Each category's ratio column is racelab / CPython (target: at most 1). racelab is measured as
/// built (`dotnet racelab.dll`, JIT), as the ReadyToRun publish and as the Native AOT publish (the tool package's
/// code on linux-x64, see README).
/// Issue 13 adds two library programs of the shared corpus (queue_workers: a Queue and three workers;
/// rlock_bank: RLock transfers), read from ../shared/corpus/python-real beside the repository (or
/// RACELAB_CORPUS), not copied into it.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SimVersusCPythonBenchmarks
{
    private string _classProgram = null!;
    private string _corpus = null!;
    private string _program = null!;
    private string _python = null!;
    private string _jitDll = null!;
    private string _readyToRun = null!;
    private string _nativeAot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Repository.Root();
        _program = Path.Combine(root, "tests", "RaceLab.Explorer.Tests", "Programs", "inline_counter.py");
        _classProgram = Path.Combine(root, "tests", "RaceLab.Explorer.Tests", "Programs", "class_counter.py");
        _corpus = Environment.GetEnvironmentVariable("RACELAB_CORPUS") ?? Path.Combine(root, "..", "shared", "corpus", "python-real");
        _python = FindPython39() ?? throw new InvalidOperationException("python3.9 is not on PATH and pyenv has no 3.9: the baseline cannot run");
        var output = Path.Combine(Path.GetTempPath(), "racelab-bench");
        _jitDll = Path.Combine(output, "jit", "racelab.dll");
        _readyToRun = Path.Combine(output, "r2r", "racelab");
        _nativeAot = Path.Combine(output, "aot", "racelab");
        Dotnet(root, $"build src/RaceLab.Cli -c Release -o \"{Path.GetDirectoryName(_jitDll)}\"");
        Dotnet(root, $"publish src/RaceLab.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -p:PublishAot=false -o \"{Path.GetDirectoryName(_readyToRun)}\"");
        Dotnet(root, $"publish src/RaceLab.Cli -c Release -r linux-x64 -p:PublishAot=true -o \"{Path.GetDirectoryName(_nativeAot)}\"");
    }

    [Benchmark(Baseline = true, Description = "python3.9 inline_counter.py")]
    [BenchmarkCategory("global counter")]
    public int CPython39() => Run(_python, $"\"{_program}\"");

    [Benchmark(Description = "racelab sim (dotnet racelab.dll)")]
    [BenchmarkCategory("global counter")]
    public int RacelabSimJit() => Run("dotnet", $"\"{_jitDll}\" sim \"{_program}\" --python 3.9");

    [Benchmark(Description = "racelab sim (ReadyToRun tool)")]
    [BenchmarkCategory("global counter")]
    public int RacelabSimReadyToRun() => Run(_readyToRun, $"sim \"{_program}\" --python 3.9");

    [Benchmark(Description = "racelab sim (Native AOT)")]
    [BenchmarkCategory("global counter")]
    public int RacelabSimNativeAot() => Run(_nativeAot, $"sim \"{_program}\" --python 3.9");

    [Benchmark(Baseline = true, Description = "python3.9 class_counter.py")]
    [BenchmarkCategory("class counter")]
    public int CPython39Class() => Run(_python, $"\"{_classProgram}\"");

    [Benchmark(Description = "racelab sim class_counter (ReadyToRun tool)")]
    [BenchmarkCategory("class counter")]
    public int RacelabSimClassReadyToRun() => Run(_readyToRun, $"sim \"{_classProgram}\" --python 3.9");

    [Benchmark(Description = "racelab sim class_counter (Native AOT)")]
    [BenchmarkCategory("class counter")]
    public int RacelabSimClassNativeAot() => Run(_nativeAot, $"sim \"{_classProgram}\" --python 3.9");

    [Benchmark(Baseline = true, Description = "python3.9 queue_workers.py")]
    [BenchmarkCategory("queue_workers")]
    public int CPython39Queue() => Run(_python, $"\"{Corpus("queue_workers")}\"");

    [Benchmark(Description = "racelab sim queue_workers (ReadyToRun tool)")]
    [BenchmarkCategory("queue_workers")]
    public int RacelabSimQueueReadyToRun() => Run(_readyToRun, $"sim \"{Corpus("queue_workers")}\" --python 3.9");

    [Benchmark(Description = "racelab sim queue_workers (Native AOT)")]
    [BenchmarkCategory("queue_workers")]
    public int RacelabSimQueueNativeAot() => Run(_nativeAot, $"sim \"{Corpus("queue_workers")}\" --python 3.9");

    [Benchmark(Baseline = true, Description = "python3.9 rlock_bank.py")]
    [BenchmarkCategory("rlock_bank")]
    public int CPython39RLock() => Run(_python, $"\"{Corpus("rlock_bank")}\"");

    [Benchmark(Description = "racelab sim rlock_bank (ReadyToRun tool)")]
    [BenchmarkCategory("rlock_bank")]
    public int RacelabSimRLockReadyToRun() => Run(_readyToRun, $"sim \"{Corpus("rlock_bank")}\" --python 3.9");

    [Benchmark(Description = "racelab sim rlock_bank (Native AOT)")]
    [BenchmarkCategory("rlock_bank")]
    public int RacelabSimRLockNativeAot() => Run(_nativeAot, $"sim \"{Corpus("rlock_bank")}\" --python 3.9");

    private string Corpus(string name)
    {
        var path = Path.Combine(_corpus, name + ".py");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path}: the shared corpus is not beside the repository (set RACELAB_CORPUS)");
    }

    private static int Run(string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }

    private static void Dotnet(string root, string arguments)
    {
        var info = new ProcessStartInfo("dotnet", arguments) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed:\n{output}");
        }
    }

    private static string? FindPython39()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "python3.9");
            if (File.Exists(candidate) && !dir.Contains("pyenv/shims", StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        var versions = Path.Combine(Environment.GetEnvironmentVariable("PYENV_ROOT") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv"), "versions");
        return Directory.Exists(versions)
            ? Directory.GetDirectories(versions, "3.9*").Select(v => Path.Combine(v, "bin", "python3.9")).FirstOrDefault(File.Exists)
            : null;
    }
}
