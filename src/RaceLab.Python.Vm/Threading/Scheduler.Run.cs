using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Interpreter;

namespace RaceLab.Python.Vm.Threading;

internal sealed partial class Scheduler
{
    // Free-threaded: a Linux time slice when more threads are runnable than there are cores.
    private const long OsQuantum = 3_000_000_000L;

    private long _freeBreak = long.MaxValue;

    public long TotalInstructions { get; private set; }

    /// <summary>Runs every thread to the end; <paramref name="main"/> starts in the module's frame.</summary>
    public SimulationStop Run(SimThread main, long maxInstructions)
    {
        Threads.Add(main);
        main.Started = true;
        main.StartTime = 0;
        return FreeThreaded ? RunFree(main, maxInstructions) : RunWithGil(main, maxInstructions);
    }

    /// <summary>GIL switches: real changes of owner after the main thread's first acquisition.</summary>
    public long GilSwitches => Math.Max(0, SwitchNumber - 1);

    /// <summary>
    /// The program is over when the main thread and every non-daemon thread have finished (CPython's
    /// threading._shutdown joins those); daemon threads still running or blocked are simply abandoned.
    /// </summary>
    private bool AllFinished()
    {
        foreach (var t in Threads)
        {
            if (t.State != ThreadState.Finished && (t.Id == 0 || t.Object is not { Daemon: true }))
            {
                return false;
            }
        }

        return true;
    }

    private long NextEvent()
    {
        var next = long.MaxValue;
        foreach (var t in Threads)
        {
            next = Math.Min(next, t.EventTime);
        }

        return next;
    }

    private SimulationStop RunWithGil(SimThread main, long maxInstructions)
    {
        TakeGil(main);
        while (!AllFinished())
        {
            if (Holder is null)
            {
                var waiter = PickWaiter(null);
                if (waiter is not null)
                {
                    TakeGil(waiter);
                }
                else
                {
                    var next = NextEvent();
                    if (next == long.MaxValue)
                    {
                        return EndInDeadlock();
                    }

                    _m.Now = Math.Max(_m.Now, next);
                    ProcessEvents(_m.Now);
                    continue;
                }
            }

            UpdateBreakAt();
            var t = Holder!;
            var exit = Step(t, maxInstructions);
            switch (exit)
            {
                case RunExit.Yield:
                    ForcedSwitch(t);
                    break;
                case RunExit.Finished:
                    Finish(t);
                    break;
                case RunExit.BudgetExhausted:
                    StopMessage = $"stopped after {TotalInstructions:N0} instructions (--max-instructions): {t.Name} was at {Where(t)}";
                    return SimulationStop.InstructionLimit;
            }
        }

        return SimulationStop.Completed;
    }

    private RunExit Step(SimThread t, long maxInstructions)
    {
        var before = t.Instructions;
        var exit = _m.Run(t, maxInstructions - TotalInstructions);
        TotalInstructions += t.Instructions - before;
        return exit;
    }

    private static string Where(SimThread t) => t.Top is { } f
        ? $"line {f.Code.Code[Math.Max(0, f.Pc - 1)].Line} in {f.Code.Name}"
        : "its end";

    private SimulationStop RunFree(SimThread main, long maxInstructions)
    {
        main.State = ThreadState.Running;
        main.SliceEnd = OsQuantum;
        while (!AllFinished())
        {
            var running = FillCores();
            if (running.Count == 0)
            {
                var next = NextEvent();
                if (next == long.MaxValue)
                {
                    return EndInDeadlock();
                }

                ProcessEvents(next);
                continue;
            }

            var t = running[0];
            foreach (var r in running)
            {
                if (r.Clock < t.Clock)
                {
                    t = r;
                }
            }

            var second = long.MaxValue;
            foreach (var r in running)
            {
                if (r != t && r.Clock < second)
                {
                    second = r.Clock;
                }
            }

            // Run the thread furthest behind until it passes the next one (at least one instruction).
            _freeBreak = Math.Min(second == long.MaxValue ? long.MaxValue : second + 1, t.SliceEnd);
            UpdateBreakAt();
            var exit = Step(t, maxInstructions);
            switch (exit)
            {
                case RunExit.Preempted:
                    if (t.Clock >= t.SliceEnd)
                    {
                        Rotate(t);
                    }

                    break;
                case RunExit.Finished:
                    Finish(t);
                    break;
                case RunExit.BudgetExhausted:
                    StopMessage = $"stopped after {TotalInstructions:N0} instructions (--max-instructions): {t.Name} was at {Where(t)}";
                    return SimulationStop.InstructionLimit;
            }
        }

        return SimulationStop.Completed;
    }

    private readonly List<SimThread> _running = [];

    private List<SimThread> FillCores()
    {
        var running = _running;
        running.Clear();
        var globalTime = long.MaxValue;
        foreach (var t in Threads)
        {
            if (t.State == ThreadState.Running)
            {
                running.Add(t);
                globalTime = Math.Min(globalTime, t.Clock);
            }
        }

        while (running.Count < Cores)
        {
            var next = PickWaiter(null);
            if (next is null)
            {
                break;
            }

            next.State = ThreadState.Running;
            if (globalTime != long.MaxValue)
            {
                next.Clock = Math.Max(next.Clock, globalTime);
            }

            next.SliceEnd = next.Clock + OsQuantum;
            if (next.LastSwitchOut is { ResumedAt: < 0 } record)
            {
                record.ResumedAt = next.Clock;
            }

            if (!next.Started)
            {
                Begin(next, next.Clock);
            }

            running.Add(next);
        }

        return running;
    }

    /// <summary>Free-threaded: the OS takes the core away at the end of a time slice if someone else is runnable.</summary>
    private void Rotate(SimThread t)
    {
        foreach (var other in Threads)
        {
            if (other.State == ThreadState.WaitingGil)
            {
                var frame = t.Top!;
                t.LastSwitchOut = new SwitchRecord(t.Clock, frame.Code, Math.Max(0, frame.Pc - 1), "end of its OS time slice after");
                t.State = ThreadState.WaitingGil;
                return;
            }
        }

        t.SliceEnd = t.Clock + OsQuantum;
    }
}
