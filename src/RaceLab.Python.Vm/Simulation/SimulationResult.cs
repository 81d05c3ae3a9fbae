using System.Numerics;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Simulation;

/// <summary>What one simulated run did.</summary>
public sealed record SimulationResult
{
    public required string Python { get; init; }

    public required ulong Seed { get; init; }

    /// <summary>The lines the program printed to stdout.</summary>
    public required IReadOnlyList<string> Output { get; init; }

    /// <summary>What it printed to stderr (tracebacks).</summary>
    public required IReadOnlyList<string> ErrorOutput { get; init; }

    /// <summary>Both streams' lines in the order the program wrote them (as a terminal shows them).</summary>
    public IReadOnlyList<OutputLine> Transcript { get; init; } = [];

    /// <summary>0, or 1 when the main thread ended with an uncaught exception.</summary>
    public required int ExitCode { get; init; }

    public required bool AssertionFailed { get; init; }

    /// <summary>"AssertionError: 4766321" when the main thread raised.</summary>
    public string? UncaughtException { get; init; }

    /// <summary>The module's integer globals at the end.</summary>
    public required IReadOnlyDictionary<string, BigInteger> Globals { get; init; }

    public required double SimulatedSeconds { get; init; }

    public required long GilSwitches { get; init; }

    public required long LostUpdateEvents { get; init; }

    public required long UpdatesLost { get; init; }

    public required long Instructions { get; init; }

    public required SimulationStop Stop { get; init; }

    /// <summary>Why the run stopped early (deadlock with each thread's state, instruction limit).</summary>
    public string? StopMessage { get; init; }

    /// <summary>Who waited for what when the run ended in a deadlock (null otherwise).</summary>
    public DeadlockReport? Deadlock { get; init; }

    public required IReadOnlyList<ThreadReport> Threads { get; init; }

    /// <summary>The first lost updates, when tracing.</summary>
    public required IReadOnlyList<LostUpdateStory> Stories { get; init; }

    /// <summary>Who ran when, every GIL hand-off and lost update, when <see cref="SimulationOptions.RecordTimeline"/> asked for it.</summary>
    public Timeline.SimulationTimeline? Timeline { get; init; }
}
