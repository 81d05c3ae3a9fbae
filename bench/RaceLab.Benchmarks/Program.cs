using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/RaceLab.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
