namespace RaceLab.Explorer.Python;

/// <summary>
/// A state of a Python program under exploration: the steps taken so far and, materialised on demand by
/// re-executing them, the live VM. Cloning copies only the steps (the VM is deterministic, so re-running
/// them rebuilds the state exactly: Coyote-style replay instead of deep-copying the heap).
/// </summary>
public sealed class PythonState
{
    internal PythonState(List<int> steps) => Steps = steps;

    internal List<int> Steps { get; }

    internal LiveRun? Live { get; set; }

    /// <summary>Cached thread-local keys for symmetry ordering (cleared after each step).</summary>
    internal byte[]?[]? LocalKeys { get; set; }
}
