using RaceLab.Python.Vm.Interpreter;

namespace RaceLab.Python.Vm.Threading;

/// <summary>The explorer's copy of a thread: its frame chain becomes the new thread's frame pool.</summary>
internal sealed partial class SimThread
{
    /// <summary>Installs copied frames, outermost first (each one's Back already set).</summary>
    public void AdoptFrames(IReadOnlyList<Frame> outermostFirst)
    {
        // A generator's frame belongs to its generator, never to the pool (it outlives its place on the stack).
        _pool.Clear();
        _pool.AddRange(outermostFirst.Where(f => f.Generator is null));
        Depth = _pool.Count;
        Top = outermostFirst.Count > 0 ? outermostFirst[^1] : null;
    }
}
