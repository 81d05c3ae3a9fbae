using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Decisions a sampled schedule's strategy drew in advance (a random walk's choices do not depend on what
/// the threads do while the set of runnable threads stays the same), which the dispatch loop takes itself at
/// check points: with ten threads on one counter a random walk decides twice an iteration, and the
/// explorer's per-decision bookkeeping cost four times the instructions between decisions. The loop takes a
/// decision only where the explorer's own path would have done exactly the same (same thread count, the
/// instruction limits not reached, a switch it can make in the loop); anywhere else it leaves the decision
/// to <see cref="ICheckPointSwitch"/>, which first takes over what the loop counted here.
/// </summary>
internal sealed class ChoiceTape(int capacity)
{
    /// <summary>The thread (its index in <see cref="Live"/>) to run after each decision; entries from <see cref="Next"/> to <see cref="End"/> are untaken.</summary>
    public readonly int[] Threads = new int[capacity];

    public int Next;

    public int End;

    /// <summary>The run's threads, and how many there were when the loop was allowed to take decisions.</summary>
    public List<SimThread> Live = [];

    public int ThreadCount;

    /// <summary>Instructions the run may still execute before the explorer's limits need its own decision.</summary>
    public long InstructionsLeft;

    /// <summary>The instruction count since which the thread chosen last has run.</summary>
    public long SegmentStart;
}
