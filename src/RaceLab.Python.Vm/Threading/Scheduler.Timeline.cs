using RaceLab.Python.Vm.Timeline;

namespace RaceLab.Python.Vm.Threading;

/// <summary>The optional timeline recorder: every hook is one null-checked call at a hand-off, none per instruction.</summary>
internal sealed partial class Scheduler
{
    public TimelineRecorder? Timeline { get; set; }

    private static HandoffCause CauseOfBlock(string reason) =>
        reason.StartsWith("blocked in Thread.start()", StringComparison.Ordinal) ? HandoffCause.ThreadStart : HandoffCause.Blocking;
}
