namespace RaceLab.Explorer.Engine;

/// <summary>How the explorer searches.</summary>
public sealed record ExplorationOptions
{
    /// <summary>Stop after this many distinct states and report a partial result; null for no limit.</summary>
    public long? MaxStates { get; init; }

    /// <summary>Stop with a partial result before the process's memory reaches this many bytes; null for no limit.</summary>
    public long? MaxMemoryBytes { get; init; }

    /// <summary>Treat threads running the same code as interchangeable (canonical thread order).</summary>
    public bool Symmetry { get; init; } = true;

    /// <summary>Run a thread's steps that touch no shared state without offering a switch before them.</summary>
    public bool ReduceLocalSteps { get; init; } = true;

    /// <summary>
    /// Keep states as vectors of interned parts when the machine splits them (see
    /// <see cref="Composed.ComposedExplorer{TState}"/>); the results are the same either way.
    /// </summary>
    public bool Compose { get; init; } = true;

    /// <summary>
    /// How many threads expand the states of a level (the results do not depend on it: children are merged
    /// in the same order whatever the number).
    /// </summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>How many new states between two progress reports.</summary>
    public int ProgressInterval { get; init; } = 1 << 18;
}
