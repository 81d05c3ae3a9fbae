namespace RaceLab.Explorer.Python;

/// <summary>
/// A state of a Python program under exploration: the steps taken so far and, materialised on demand by
/// re-executing them, the live VM. A state waiting in a big level keeps only its steps, one byte each
/// (the VM is deterministic, so re-running them rebuilds it exactly: Coyote-style replay instead of
/// holding a copied heap per state).
/// </summary>
public sealed class PythonState
{
    private List<int>? _steps;
    private byte[]? _packed;

    internal PythonState(List<int> steps) => _steps = steps;

    /// <summary>The thread of each step so far.</summary>
    internal List<int> Steps => _steps ??= Unpack();

    internal LiveRun? Live { get; set; }

    /// <summary>Cached thread-local keys for symmetry ordering (cleared after each step).</summary>
    internal byte[]?[]? LocalKeys { get; set; }

    /// <summary>Drops the VM and keeps the steps as bytes (when every thread number fits in one).</summary>
    internal void Compact()
    {
        Live = null;
        LocalKeys = null;
        if (_steps is { } steps && steps.TrueForAll(static thread => thread < byte.MaxValue))
        {
            _packed = new byte[steps.Count];
            for (var i = 0; i < steps.Count; i++)
            {
                _packed[i] = (byte)steps[i];
            }

            _steps = null;
        }
    }

    private List<int> Unpack()
    {
        var steps = new List<int>(_packed!.Length + 8);
        foreach (var thread in _packed)
        {
            steps.Add(thread);
        }

        _packed = null;
        return steps;
    }
}
