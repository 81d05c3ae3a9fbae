namespace RaceLab.Explorer.Python;

/// <summary>Where the explorer may switch threads.</summary>
public enum Granularity
{
    /// <summary>At the version's check points (any instruction boundary when free-threaded).</summary>
    Bytecode,

    /// <summary>Before any instruction that touches shared state (loads and stores), GIL or not.</summary>
    Memory,
}
