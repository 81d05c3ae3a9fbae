using RaceLab.Python.Vm.Interpreter;

namespace RaceLab.Python.Vm.Threading;

/// <summary>The explorer's copy of a thread: its frame chain becomes the new thread's frame pool.</summary>
internal sealed partial class SimThread
{
    /// <summary>Installs copied frames, outermost first (each one's Back already set).</summary>
    public void AdoptFrames(IReadOnlyList<Frame> outermostFirst)
    {
        _pool.Clear();
        _pool.AddRange(outermostFirst);
        Depth = outermostFirst.Count;
        Top = Depth > 0 ? outermostFirst[^1] : null;
    }
}
