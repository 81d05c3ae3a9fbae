using BenchmarkDotNet.Running;
using RaceLab.Benchmarks.Bugs;
using RaceLab.Benchmarks.Check;

// Run with: dotnet run -c Release --project bench/RaceLab.Benchmarks -- --filter '*' --job short
// `-- check-tree DIR [MODULES]` writes the generated project CheckBenchmarks times, to time the CLI or CPython on it.
if (args is ["check-tree", var directory, ..])
{
    var modules = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200;
    Console.WriteLine($"{GeneratedProject.Write(directory, modules)} lines in {modules} modules under {directory}");
    return;
}

// The bug benchmark (finds, not timings): dotnet run -c Release --project bench/RaceLab.Benchmarks -- bugs
if (args is ["bugs", ..])
{
    BugBenchmark.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
