using RaceLab.Explorer.Machines;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    [ThreadStatic]
    private static KeyScratch? t_scratch;

    /// <summary>This thread's scratch for this machine (made anew when the thread last served another one).</summary>
    private KeyScratch Scratch =>
        t_scratch is { } scratch && ReferenceEquals(scratch.Owner, this)
            ? scratch
            : t_scratch = new KeyScratch(this, new StateKeys(_liveGlobals), new HeapEscape(_sharedGlobals));

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
        var scratch = Scratch;
        if (scratch.Positions.Length < live.Threads.Count)
        {
            scratch.Positions = new int[live.Threads.Count * 2];
        }

        for (var p = 0; p < order.Length; p++)
        {
            scratch.Positions[order[p]] = p;
        }

        var keys = scratch.Keys.ForState(writer, live, scratch.Positions);
        keys.WriteMachine();
        foreach (var thread in order)
        {
            keys.WriteThread(live.Threads[thread]);
        }
    }

    public bool TryDecompose(PythonState state, StateParts parts)
    {
        var live = Live(state);
        var classes = new int[live.Threads.Count];
        for (var t = 0; t < classes.Length; t++)
        {
            classes[t] = SymmetryClass(state, t);
        }

        return Scratch.Keys.WriteParts(live, classes, parts);
    }

    /// <summary>A thread's own state alone (its references to other threads only say "another thread").</summary>
    private byte[] LocalKey(LiveRun live, int thread)
    {
        var scratch = Scratch;
        scratch.LocalKey.Reset();
        var self = live.Threads[thread];
        scratch.Keys.ForThread(scratch.LocalKey, live, self).WriteThread(self);
        return scratch.LocalKey.Written.ToArray();
    }

    /// <summary>
    /// What writing keys and walking the heap work in, one set per thread: the explorer expands the states of a
    /// level on several threads at once, each with its own VM copies, through this one machine.
    /// </summary>
    private sealed class KeyScratch(PythonMachine owner, StateKeys keys, HeapEscape escape)
    {
        public PythonMachine Owner { get; } = owner;

        public StateKeys Keys { get; } = keys;

        public HeapEscape Escape { get; } = escape;

        public StateKeyWriter LocalKey { get; } = new();

        public int[] Positions { get; set; } = new int[16];
    }
}
