using RaceLab.Explorer.Machines;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    private readonly StateKeyWriter _localKey = new();
    private readonly StateKeys _keys;
    private int[] _positions = new int[16];

    public int SymmetryClass(PythonState state, int thread)
    {
        // Threads are alike when they run the same target function (their arguments are in their frames).
        var t = Live(state).Threads[thread];
        return t.Object?.Target.Ref is PyFunction function ? 1 + function.Code.Id : 0;
    }

    public int CompareThreads(PythonState state, int left, int right)
    {
        var live = Live(state);
        state.LocalKeys ??= new byte[]?[live.Threads.Count];
        var a = state.LocalKeys[left] ??= LocalKey(live, left);
        var b = state.LocalKeys[right] ??= LocalKey(live, right);
        return a.AsSpan().SequenceCompareTo(b);
    }

    public void WriteKey(PythonState state, ReadOnlySpan<int> order, StateKeyWriter writer)
    {
        var live = Live(state);
        if (_positions.Length < live.Threads.Count)
        {
            _positions = new int[live.Threads.Count * 2];
        }

        for (var p = 0; p < order.Length; p++)
        {
            _positions[order[p]] = p;
        }

        var keys = _keys.ForState(writer, live, _positions);
        keys.WriteMachine();
        foreach (var thread in order)
        {
            keys.WriteThread(live.Threads[thread]);
        }
    }

    /// <summary>A thread's own state alone (its references to other threads only say "another thread").</summary>
    private byte[] LocalKey(LiveRun live, int thread)
    {
        _localKey.Reset();
        var self = live.Threads[thread];
        _keys.ForThread(_localKey, live, self).WriteThread(self);
        return _localKey.Written.ToArray();
    }
}
