using System.Diagnostics;
using RaceLab.Cli.Infrastructure;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;
using RaceLab.Explorer.Sampling;
using RaceLab.Python;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Modules;
using Spectre.Console;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>Runs <c>racelab explore</c>: compile, build the VM machine, explore (or replay), report.</summary>
internal static class ExploreHandler
{
    public static int Execute(ExploreSettings settings, IAnsiConsole console, Func<string, string, PythonVersion, CodeObject> compile)
    {
        try
        {
            if (settings.Error is not null)
            {
                throw new ExploreUsageException(settings.Error);
            }

            if (settings.Html is not null && (settings.Replay is not null || settings.Sample is not null))
            {
                throw new ExploreUsageException("--html draws an exhaustive search; it does not combine with --replay or --strategy");
            }

            var machine = BuildMachine(settings, compile);
            if (settings.Replay is { } file)
            {
                var replay = Replay(machine, file);
                if (settings.Json)
                {
                    ExploreJsonWriter.WriteReplay(console, settings, replay);
                }
                else
                {
                    ExploreReport.WriteReplay(console, settings, replay);
                }

                return replay.Outcome.AssertionFailed || replay.Outcome.Error is not null ? ExitCodes.CheckFailed : ExitCodes.Ok;
            }

            if (settings.Sample is { } sample)
            {
                return ExploreSampling.Execute(settings, sample, machine, console);
            }

            var (memory, memoryWhy) = settings.MaxMemory is { } given ? (given, "--max-memory") : MemoryBudgetOption.Default();
            var warning = ExhaustiveSizeCheck.Check(settings, machine, out var size);
            if (warning is not null && !settings.Json)
            {
                console.MarkupLineInterpolated($"[yellow]{warning}[/]");
            }

            if (!settings.Json)
            {
                console.MarkupLineInterpolated($"[grey]Memory budget: {MemoryBudgetOption.Describe(memory)} ({memoryWhy}); the search stops with a partial result before it.[/]");
            }

            // The engine reports every few thousand states; the report prints by the clock (the search itself
            // never reads it), so a slow search (a thread pool's states are large) shows itself within seconds.
            var options = new ExplorationOptions { MaxStates = settings.MaxStates, MaxMemoryBytes = memory, ProgressInterval = 1024 };
            var clock = Stopwatch.StartNew();
            Action<ExplorationProgress>? progress = settings.Json ? null : new SearchProgress(console, clock, size, settings.Bound).Report;
            var result = Exploration.Explore(machine, options, progress);
            var seconds = clock.Elapsed.TotalSeconds;
            if (settings.Json)
            {
                ExploreJsonWriter.Write(console, settings, result, seconds);
            }
            else
            {
                ExploreReport.Write(console, settings, result, seconds, memory);
            }

            if (settings.Html is { } html)
            {
                var view = new RaceLab.Report.Explore.ExploreView(settings.Program.Name, settings.PythonLabel, settings.Bound, settings.GranularityLabel, result);
                OutputFile.Write(console, html, RaceLab.Report.Explore.ExplorePage.Html(view), settings.Json);
            }

            // Exit 1 when something can go wrong: an anomaly, or (unbounded) a failing assertion or error.
            var fails = result.AnomalyReachable
                || (settings.Bound is null && result.Outcomes.Any(o => o.Outcome.AssertionFailed || o.Outcome.Error is not null));
            return fails ? ExitCodes.CheckFailed : ExitCodes.Ok;
        }
        catch (EndlessLoopException e)
        {
            throw new UsageException(e.Message);
        }
        catch (SamplingException e)
        {
            throw new UsageException(e.Message);
        }
        catch (ExploreUsageException e)
        {
            // CliApp reports it on the error console as `racelab: error: ...` with exit code 2, like every command.
            throw new UsageException(e.Message);
        }
    }

    internal static PythonMachine BuildMachine(ExploreSettings settings, Func<string, string, PythonVersion, CodeObject> compile)
    {
        var source = File.ReadAllText(settings.Program.FullName);
        CodeObject code;
        try
        {
            code = compile(source, settings.Program.ToString(), settings.Version);
            ModelledModules.Check(source, settings.Program.ToString(), settings.Version);
        }
        catch (PythonSyntaxException e)
        {
            // "prog.py:3:5: message". Anything else the compiler throws is a bug in racelab, reported as such by CliApp.
            throw new ExploreUsageException(e.ToString());
        }

        try
        {
            return new PythonMachine(code, new PythonMachineOptions
            {
                FreeThreaded = settings.FreeThreaded,
                Bound = settings.Bound,
                Granularity = settings.Granularity,
            });
        }
        catch (VmLoadException e)
        {
            throw new ExploreUsageException(e.Message);
        }
    }

    private static ReplayResult Replay(PythonMachine machine, FileInfo file)
    {
        try
        {
            var schedule = ScheduleFile.Read(file);
            return schedule.Segments is { } segments
                ? new SegmentReplayer(machine).Replay(segments)
                : new ScheduleReplayer<PythonState>(machine).Replay(schedule.Steps!);
        }
        catch (ScheduleException e)
        {
            throw new ExploreUsageException($"--replay {file}: {e.Message}");
        }
    }
}
