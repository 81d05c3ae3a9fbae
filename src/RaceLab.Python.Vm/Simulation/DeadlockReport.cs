namespace RaceLab.Python.Vm.Simulation;

/// <summary>A run that ended with threads that can never run again: each one's wait, and the cycle if there is one.</summary>
/// <param name="Threads">Every thread still alive, blocked.</param>
/// <param name="Cycle">Thread names around a wait-for cycle (the first repeated at the end), or empty when the
/// threads wait for something no one will do (a notify, a put, a thread that waits too) rather than for each other.</param>
public sealed record DeadlockReport(IReadOnlyList<BlockedThread> Threads, IReadOnlyList<string> Cycle)
{
    /// <summary>The report as text, one thread a paragraph.</summary>
    public string Describe()
    {
        var lines = new List<string>
        {
            Cycle.Count > 0
                ? $"deadlock: {string.Join(" → ", Cycle)} wait for each other"
                : "deadlock: every thread is blocked and nothing can wake any of them",
        };
        foreach (var t in Threads)
        {
            var held = t.HeldBy is { } owner ? $", held by {owner}" + (t.AcquiredAt is { } at ? $" (taken at {at})" : string.Empty) : string.Empty;
            var inCall = t.InCall is { } call ? $" in {call}" : string.Empty;
            lines.Add($"  {t.Name} waits{inCall} for {t.WaitsFor}{held}");
            lines.AddRange(t.Stack.Select(s => "    " + s));
        }

        return string.Join('\n', lines);
    }
}

/// <summary>One blocked thread of a deadlock.</summary>
/// <param name="Name">The thread's name.</param>
/// <param name="Kind">"lock", "rlock", "join", "queue": what kind of wait.</param>
/// <param name="WaitsFor">What it waits for, in words: "lock `b`", "thread Thread-2 to end", "an item from a SimpleQueue".</param>
/// <param name="HeldBy">The thread holding the lock it waits for, if any.</param>
/// <param name="AcquiredAt">Where that thread took the lock (file:line in function).</param>
/// <param name="InCall">The library call it blocked in, as the program made it ("Condition.wait()"), if any.</param>
/// <param name="Stack">Its frames, outermost first, as a traceback prints them.</param>
public sealed record BlockedThread(string Name, string Kind, string WaitsFor, string? HeldBy, string? AcquiredAt, string? InCall, IReadOnlyList<string> Stack);
