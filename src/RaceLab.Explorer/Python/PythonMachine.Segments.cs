using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Threading;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Sampled schedules run the VM's own dispatch loop for a whole segment and stop only where the schedule
/// may switch, so a schedule of a 10-million-instruction program costs about what <c>racelab sim</c> does.
/// A segment runs a thread for at least a given number of instructions, then on to its next switch point:
/// with a GIL at bytecode granularity the version's next check point (the VM polls there with its drop
/// request set); free-threaded or at memory granularity any instruction boundary (a switch before an
/// instruction that touches nothing shared reaches the same states as one after it).
/// </summary>
public sealed partial class PythonMachine
{
    /// <summary>Every instruction boundary is a switch point (free-threaded, or memory granularity).</summary>
    internal bool SwitchesAnywhere => _oneInstructionSteps;

    /// <summary>
    /// A fresh run for a sampled schedule: join() blocks as in CPython (no deferred joins), and no lost-update
    /// accounting (an outcome is the globals, output and failure; the ledger's events are sim's report).
    /// </summary>
    internal LiveRun StartSampledRun()
    {
        var live = new LiveRun(_module, _options, deferJoins: false);
        live.Machine.CountsLostUpdates = false;
        return live;
    }

    internal static bool CanRun(SimThread thread) => Enabled(thread);

    /// <summary>
    /// Runs <paramref name="thread"/> for at least <paramref name="atLeast"/> instructions, then to its next
    /// switch point, unless it blocks or ends first. A thread not yet begun first takes its bootstrap (a step
    /// of its own when every boundary is a switch point: with <paramref name="atLeast"/> 0 that is all it does).
    /// </summary>
    /// <returns>The instructions it ran.</returns>
    internal long RunSegment(LiveRun live, SimThread thread, long atLeast, out SegmentEnd end) =>
        RunSegment(live, thread, atLeast, out end, out _);

    /// <summary>
    /// <see cref="RunSegment(LiveRun, SimThread, long, out SegmentEnd)"/> with a check-point switch installed,
    /// which may hand the processor on inside the loop: <paramref name="last"/> is the thread it ended on.
    /// </summary>
    internal long RunSegment(LiveRun live, SimThread thread, long atLeast, out SegmentEnd end, out SimThread last)
    {
        last = thread;
        var before = thread.Instructions;
        var bootstrap = !thread.Started;
        if (!Grant(live, thread, out end))
        {
            return 0;
        }

        if (bootstrap && atLeast == 0 && _oneInstructionSteps)
        {
            end = Settle(live, thread, RunExit.Yield);
            return 0;
        }

        var machine = live.Machine;
        RunExit exit;
        if (_oneInstructionSteps)
        {
            machine.DropRequest = false;
            exit = machine.Run(thread, Math.Max(1, atLeast));
        }
        else
        {
            exit = RunExit.BudgetExhausted;
            if (atLeast > 1)
            {
                machine.DropRequest = false;
                exit = machine.Run(thread, atLeast - 1);
            }

            if (exit == RunExit.BudgetExhausted)
            {
                machine.DropRequest = true;
                exit = machine.Run(thread, long.MaxValue);
            }
        }

        last = machine.Executing ?? thread;
        end = Settle(live, last, exit);
        var ran = thread.Instructions - before;
        if (exit == RunExit.Finished && end == SegmentEnd.SwitchPoint && last == thread && ran < atLeast)
        {
            // The main thread's module ended and it goes on with threading's exit callbacks: a recorded
            // segment that ran on into them (the schedule chose it again there) replays on into them too.
            ran += RunSegment(live, thread, atLeast - ran, out end, out last);
        }

        return ran;
    }

    /// <summary>Gives the thread the processor (and the lock it waited for); false when it cannot run on.</summary>
    private bool Grant(LiveRun live, SimThread thread, out SegmentEnd end)
    {
        end = SegmentEnd.SwitchPoint;
        // Enabled: its lock is free (it takes it, as the woken waiter does), or its wait ends by itself.
        Scheduler.ResumeForExploration(thread);

        live.Scheduler.GrantForExploration(thread);
        live.Machine.MustStop = false;
        live.Machine.BreakAt = long.MaxValue;
        if (thread.Top is null)
        {
            // The target failed at once (not a Python function): the thread ends in its bootstrap.
            live.Scheduler.FinishForExploration(thread);
            end = SegmentEnd.Finished;
            return false;
        }

        return true;
    }

    private static SegmentEnd Settle(LiveRun live, SimThread thread, RunExit exit)
    {
        switch (exit)
        {
            case RunExit.Finished:
                live.Scheduler.FinishForExploration(thread);
                if (thread.State != ThreadState.Finished)
                {
                    // The main thread goes on with threading's exit callbacks (concurrent.futures' shutdown).
                    thread.State = ThreadState.WaitingGil;
                    return SegmentEnd.SwitchPoint;
                }

                return SegmentEnd.Finished;
            case RunExit.Blocked:
                return SegmentEnd.Blocked;
            default:
                if (thread.State == ThreadState.Running)
                {
                    thread.State = ThreadState.WaitingGil;
                }

                return SegmentEnd.SwitchPoint;
        }
    }
}
