namespace RaceLab.Python.Vm.Simulation;

/// <summary>What to simulate and how.</summary>
public sealed record SimulationOptions
{
    /// <summary>Whose bytecode semantics, check points and costs to use (must match the code object's version).</summary>
    public PythonVersion Version { get; init; } = PythonVersion.Py311;

    /// <summary>Model the free-threaded build (3.13t): no GIL, <see cref="Cores"/> threads at once.</summary>
    public bool FreeThreaded { get; init; }

    /// <summary>Cores available to a free-threaded run.</summary>
    public int Cores { get; init; } = 2;

    /// <summary>Seeds the only randomness (who gets the GIL among waiters): same seed, same run.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The initial switch interval (CPython's default 5 ms); the program may change it.</summary>
    public double SwitchIntervalSeconds { get; init; } = 0.005;

    /// <summary>Stop after this many instructions (all threads together).</summary>
    public long MaxInstructions { get; init; } = 2_000_000_000;

    /// <summary>Record the story of the first lost updates.</summary>
    public bool Trace { get; init; }

    /// <summary>Record a GIL timeline (<see cref="SimulationResult.Timeline"/>): every hand-off and lost update; slower.</summary>
    public bool RecordTimeline { get; init; }

    /// <summary>How many lost-update stories to keep when tracing.</summary>
    public int MaxStories { get; init; } = 5;

    /// <summary>The program's source, for traceback lines (optional).</summary>
    public string? Source { get; init; }

    /// <summary>The path tracebacks print (default: the code object's file name).</summary>
    public string? DisplayPath { get; init; }

    /// <summary>"3.11", or "3.13t" when free-threaded.</summary>
    public string Label => Version.Label() + (FreeThreaded ? "t" : string.Empty);
}
