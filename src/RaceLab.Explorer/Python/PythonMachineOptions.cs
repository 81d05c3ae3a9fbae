namespace RaceLab.Explorer.Python;

/// <summary>How to run a Python program under the explorer.</summary>
public sealed record PythonMachineOptions
{
    /// <summary>Model the free-threaded build (3.13t): no GIL, a switch possible at every instruction.</summary>
    public bool FreeThreaded { get; init; }

    /// <summary>Every loop runs at most this many iterations per activation; null: unbounded.</summary>
    public int? Bound { get; init; }

    public Granularity Granularity { get; init; } = Granularity.Bytecode;
}
