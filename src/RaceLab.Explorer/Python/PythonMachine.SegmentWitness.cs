using RaceLab.Explorer.Machines;
using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    private const int MinFolded = 16;

    /// <summary>
    /// <see cref="RunSegment"/> for a witness table: records the segment's first and last
    /// <paramref name="shown"/> instructions one by one and runs the middle at full speed as one folded row
    /// (a sampled schedule of a long program runs millions of instructions between two switches).
    /// </summary>
    internal long RunSegmentRecorded(LiveRun live, SimThread thread, long atLeast, IStepRecorder recorder, int shown, out SegmentEnd end)
    {
        var before = thread.Instructions;
        var bootstrap = !thread.Started;
        if (!Grant(live, thread, out end))
        {
            recorder.Record("(thread begins; its target cannot run)", 0, null);
            return 0;
        }

        if (bootstrap)
        {
            recorder.Record("(thread begins)", 0, null);
            if (atLeast == 0 && _oneInstructionSteps)
            {
                end = Settle(live, thread, RunExit.Yield);
                return 0;
            }
        }

        var target = Math.Max(1, atLeast);

        // A fold hides at least a screenful: shorter segments are shown whole.
        var head = target > (2 * shown) + MinFolded ? shown : long.MaxValue;
        var exit = RunExit.BudgetExhausted;
        while (thread.Instructions - before < head && !SegmentOver(exit, thread.Instructions - before, target))
        {
            exit = RecordOne(live.Machine, thread, thread.Instructions - before, target, recorder);
        }

        var tailFrom = head == long.MaxValue ? 0 : target - shown;
        if (!SegmentOver(exit, thread.Instructions - before, target) && thread.Instructions - before < tailFrom)
        {
            var skipFrom = thread.Instructions;
            live.Machine.DropRequest = false;
            exit = live.Machine.Run(thread, tailFrom - (thread.Instructions - before));
            recorder.Record($"… {thread.Instructions - skipFrom:N0} more instructions", 0, "not shown (shared reads and writes too)");
        }

        while (!SegmentOver(exit, thread.Instructions - before, target))
        {
            exit = RecordOne(live.Machine, thread, thread.Instructions - before, target, recorder);
        }

        end = Settle(live, thread, exit);
        var ran = thread.Instructions - before;
        if (exit == RunExit.Finished && end == SegmentEnd.SwitchPoint && ran < atLeast)
        {
            // The module ended and the main thread runs on into threading's exit callbacks (as RunSegment).
            ran += RunSegmentRecorded(live, thread, atLeast - ran, recorder, shown, out end);
        }

        return ran;
    }

    /// <summary>A segment ends when the thread stops, or at its switch point once it ran its instructions.</summary>
    private bool SegmentOver(RunExit exit, long ran, long target) => exit switch
    {
        RunExit.Finished or RunExit.Blocked or RunExit.Yield => true,
        _ => _oneInstructionSteps && ran >= target,
    };

    private RunExit RecordOne(Machine machine, SimThread thread, long ran, long target, IStepRecorder recorder)
    {
        var frame = thread.Top!;
        var pc = frame.Pc;
        var instruction = frame.Code.Code[pc];

        // With a GIL the check point after the target-th instruction (or a later one) ends the segment.
        machine.DropRequest = !_oneInstructionSteps && ran + 1 >= target;
        var exit = machine.Run(thread, 1);
        recorder.Record(Describe(frame.Code, pc), Math.Max(0, instruction.Line), Access(machine, frame, instruction));
        return exit;
    }
}
