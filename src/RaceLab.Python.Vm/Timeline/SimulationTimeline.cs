namespace RaceLab.Python.Vm.Timeline;

/// <summary>
/// Everything a GIL timeline draws for one simulated run: who ran when, every hand-off and every lost-update
/// event. Recorded only when asked for (<see cref="Simulation.SimulationOptions.RecordTimeline"/>).
/// </summary>
public sealed record SimulationTimeline
{
    /// <summary>Thread names, indexed by lane (creation order; MainThread first).</summary>
    public required IReadOnlyList<string> Threads { get; init; }

    /// <summary>When each thread ended (simulated seconds; -1 if it did not).</summary>
    public required IReadOnlyList<double> Ends { get; init; }

    public required IReadOnlyList<TimelineInterval> Intervals { get; init; }

    public required IReadOnlyList<GilHandoff> Handoffs { get; init; }

    public required IReadOnlyList<TimelineLostUpdate> LostUpdates { get; init; }

    /// <summary>Lost-update events beyond the recording cap (counted, not kept).</summary>
    public required long LostUpdatesNotKept { get; init; }

    public required double EndSeconds { get; init; }

    /// <summary>False for free-threaded runs, where there is no GIL to hand off (only cores).</summary>
    public required bool HasGil { get; init; }
}
