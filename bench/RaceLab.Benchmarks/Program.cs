using BenchmarkDotNet.Running;
using RaceLab.Benchmarks.Bugs;

// Run with: dotnet run -c Release --project bench/RaceLab.Benchmarks -- --filter '*' --job short
// The bug benchmark (finds, not timings): dotnet run -c Release --project bench/RaceLab.Benchmarks -- bugs
if (args is ["bugs", ..])
{
    BugBenchmark.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
