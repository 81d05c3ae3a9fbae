using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>What a deadlock looks like to the user: who waits for what, held by whom since where, and the cycle.</summary>
internal sealed partial class Scheduler
{
    public DeadlockReport? Deadlock { get; private set; }

    private SimulationStop EndInDeadlock()
    {
        Deadlock = DescribeDeadlock();
        StopMessage = Deadlock.Describe();
        return SimulationStop.Deadlock;
    }

    public DeadlockReport DescribeDeadlock()
    {
        var blocked = Threads.Where(t => t.State != ThreadState.Finished && !(t.Id != 0 && t.Object is { Daemon: true })).ToList();
        var reports = blocked.Select(Describe).ToList();
        return new DeadlockReport(reports, Cycle(blocked));
    }

    private BlockedThread Describe(SimThread t)
    {
        var stack = _m.StackOf(t);
        var call = LibraryCall(t);
        switch (t)
        {
            case { BlockedOnLock: { } lockObject }:
                {
                    var own = lockObject.Owner == t;
                    var what = own
                        ? "a notify() that no thread is left to send (its waiter lock)"
                        : $"{(lockObject is PyRLock ? "RLock" : "lock")} {_m.NameOf(lockObject) ?? "(unnamed)"}";
                    var at = lockObject.AcquiredIn is { } code && !own ? _m.Where(code, lockObject.AcquiredAt) : null;
                    return new BlockedThread(t.Name, lockObject is PyRLock ? "rlock" : "lock", what, own ? null : lockObject.Owner?.Name, at, call, stack);
                }

            case { BlockedOnThread: { } other }:
                return new BlockedThread(t.Name, "join", $"thread {other.Name} to end", null, null, call, stack);
            case { BlockedOnQueue: not null }:
                return new BlockedThread(t.Name, "queue", "an item that no thread is left to put", null, null, call, stack);
            default:
                return new BlockedThread(t.Name, "other", t.State.ToString(), null, null, call, stack);
        }
    }

    /// <summary>The outermost library call on the thread's stack, as the program made it: "Queue.get()".</summary>
    private static string? LibraryCall(SimThread t)
    {
        string? call = null;
        for (var f = t.Top; f is not null; f = f.Back)
        {
            if (f.Code.IsLibrary)
            {
                call = f.Code.QualifiedName + "()";
            }
        }

        return call;
    }

    /// <summary>Follows "waits for a lock held by" and "joins" edges from each thread; the first loop found.</summary>
    private static List<string> Cycle(List<SimThread> blocked)
    {
        static SimThread? Next(SimThread t) => t.BlockedOnLock is { Owner: { } owner } && owner != t ? owner : t.BlockedOnThread;
        foreach (var start in blocked)
        {
            var path = new List<SimThread>();
            for (var t = start; t is not null; t = Next(t))
            {
                var seen = path.IndexOf(t);
                if (seen >= 0)
                {
                    return [.. path.Skip(seen).Select(p => p.Name), t.Name];
                }

                path.Add(t);
            }
        }

        return [];
    }
}
