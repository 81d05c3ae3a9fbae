using System.Globalization;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Sampling;
using RaceLab.Python;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Benchmarks.Bugs;

/// <summary>
/// The bug benchmark (bench/bugs, in the spirit of SCTBench): for each program and sampling strategy, the
/// share of 100 seeds whose first 1,000 schedules find the bug and the median schedules to the first find;
/// beside them "stress", the program run by the simulator with 1,000 seeds, as a user running it again and
/// again would. Not BenchmarkDotNet: it counts finds, it does not time code.
/// Run with: dotnet run -c Release --project bench/RaceLab.Benchmarks -- bugs [--seeds 100] [--schedules 1000] [--only random|pct|pos]
/// </summary>
internal static class BugBenchmark
{
    public static void Run(string[] args)
    {
        var seeds = Option(args, "--seeds", 100);
        var schedules = Option(args, "--schedules", 1000);
        var stress = Option(args, "--stress", 1000);

        // --only random: the other strategies' cells are left out ("–"), to re-measure one column.
        var only = Array.IndexOf(args, "--only") is var at and >= 0 && at + 1 < args.Length ? Enum.Parse<SamplingStrategy>(args[at + 1], ignoreCase: true) : (SamplingStrategy?)null;
        var folder = Path.Combine(Repository.Root(), "bench", "bugs");
        Console.WriteLine($"| program | fewest preemptions | random | pct (d=3) | pct (d = fewest + 1) | pos | stress ({stress:N0} sim seeds) |");
        Console.WriteLine("|---|---:|---|---|---|---|---:|");
        foreach (var file in Directory.GetFiles(folder, "*.py").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            var code = PythonCompiler.Compile(source, Path.GetFileName(file), PythonVersion.Py39);
            var machine = new PythonMachine(code, new PythonMachineOptions());
            var fewest = RaceLab.Explorer.Engine.Exploration.Explore(machine).Outcomes
                .Where(o => o.Outcome.AssertionFailed || o.Outcome.Error is not null)
                .Min(o => o.MinPreemptions) ?? 0;
            var cells = new[] { (SamplingStrategy.Random, 3), (SamplingStrategy.Pct, 3), (SamplingStrategy.Pct, Math.Max(2, fewest + 1)), (SamplingStrategy.Pos, 3) }
                .Select(s => only is { } o && o != s.Item1 ? "–" : Cell(Finds(machine, s.Item1, s.Item2, seeds, schedules), schedules));
            Console.WriteLine($"| {Path.GetFileNameWithoutExtension(file)} | {fewest} | {string.Join(" | ", cells)} | {Stress(code, stress)} |");
        }
    }

    /// <summary>Per seed: the schedules run up to the first failing one, or null when none failed.</summary>
    private static int?[] Finds(PythonMachine machine, SamplingStrategy strategy, int depth, int seeds, int schedules)
    {
        var finds = new int?[seeds];
        Parallel.For(0, seeds, i =>
        {
            var result = new ScheduleSampler(machine, new SamplingOptions
            {
                Strategy = strategy,
                Depth = depth,
                Schedules = schedules,
                Seed = (ulong)(i + 1),
                StopAtFirstBug = true,
                Workers = 1,
                MaxWitnesses = 0,
            }).Sample();
            finds[i] = result.StoppedAtFirstBug ? result.SchedulesRun : null;
        });
        return finds;
    }

    private static string Cell(int?[] finds, int schedules)
    {
        var found = finds.Where(f => f is not null).Select(f => f!.Value).Order().ToList();
        var share = 100.0 * found.Count / finds.Length;
        var median = found.Count * 2 > finds.Length ? found[(finds.Length - 1) / 2].ToString(CultureInfo.InvariantCulture) : $">{schedules}";
        return string.Create(CultureInfo.InvariantCulture, $"{share:0}% (median {median})");
    }

    /// <summary>The share of simulator seeds whose run fails: assertion, uncaught exception, deadlock.</summary>
    private static string Stress(RaceLab.Python.Bytecode.CodeObject code, int seeds)
    {
        var failing = 0;
        Parallel.For(1, seeds + 1, seed =>
        {
            var run = Simulator.Run(code, new SimulationOptions { Version = PythonVersion.Py39, Seed = (ulong)seed });
            if (run.ExitCode != 0 || run.AssertionFailed || run.ErrorOutput.Count > 0 || run.Stop != SimulationStop.Completed)
            {
                Interlocked.Increment(ref failing);
            }
        });
        return string.Create(CultureInfo.InvariantCulture, $"{100.0 * failing / seeds:0.#}%");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
