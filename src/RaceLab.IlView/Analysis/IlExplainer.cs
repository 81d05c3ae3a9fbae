namespace RaceLab.IlView.Analysis;

/// <summary>Decides the loop's verdict from the analysis and says it in one sentence.</summary>
internal static class IlExplainer
{
    public static (Verdict Verdict, int WindowSize, string Sentence) Explain(IlAnalysis analysis)
    {
        var loopWindows = analysis.Windows.Where(w => analysis.InLoop(w.First) && analysis.InLoop(w.Last)).ToList();
        var accessesInLoop = Enumerable.Range(0, analysis.Instructions.Count).Where(analysis.InLoop).ToList();

        if (loopWindows.FirstOrDefault(w => w.Location == "ref") is { Location: not null } own && own.Last > own.First)
        {
            return (Verdict.OwnCell, Size(own), "Inside the loop the read-modify-write goes through a ref to this thread's own padded cell: it is " +
                $"{Size(own)} instructions and not atomic, but no other thread ever writes that cell, and the cells are summed only after every thread has finished.");
        }

        if (loopWindows.FirstOrDefault(w => !w.Locked) is { Location: not null } open)
        {
            var ops = Ops(analysis, open);
            if (analysis.Accesses[open.First] == Access.VolatileRead)
            {
                return (Verdict.VolatileWindow, Size(open), $"Volatile.Read and Volatile.Write make each access to {open.Location} ordered and visible, " +
                    $"but the increment is still {Size(open)} separate instructions ({ops}), and another thread can run between the read and the write: " +
                    "updates are lost just as with unsafe.");
            }

            return (Verdict.UnprotectedWindow, Size(open), $"count++ on the shared field {open.Location} is {Size(open)} instructions ({ops}), " +
                "and another thread can run between any two of them: if it stores its own increment in between, this thread's " +
                $"{analysis.Instructions[open.Last].OpCode} overwrites it and that update is lost.");
        }

        if (loopWindows.FirstOrDefault(w => w.Locked) is { Location: not null } locked)
        {
            var acquire = Enumerable.Range(0, locked.First).LastOrDefault(i => analysis.Accesses[i] == Access.LockAcquire, -1);
            var by = acquire >= 0 && analysis.Instructions[acquire].Member is { } m ? ShortMethod(m) : "the lock";
            return (Verdict.LockedWindow, Size(locked), $"The load-add-store of {locked.Location} is the same {Size(locked)} instructions ({Ops(analysis, locked)}) as in unsafe, " +
                $"but they run only after {by} has taken the lock, so no other thread can be inside the window at the same time.");
        }

        var atomicInLoop = accessesInLoop.FirstOrDefault(i => analysis.Accesses[i] == Access.Atomic, -1);
        if (atomicInLoop >= 0)
        {
            return (Verdict.AtomicInLoop, 1, $"The loop touches the shared {analysis.Locations[atomicInLoop]} only through " +
                $"{ShortMethod(analysis.Instructions[atomicInLoop].Member!)}, one atomic read-modify-write: there is no gap between " +
                "the read and the write for another thread to use.");
        }

        var sharedInLoop = accessesInLoop.Any(i => analysis.Accesses[i] is not (Access.None or Access.Address));
        var atomicAfter = Enumerable.Range(0, analysis.Instructions.Count).FirstOrDefault(i => analysis.Accesses[i] == Access.Atomic && !analysis.InLoop(i), -1);
        if (!sharedInLoop && atomicAfter >= 0)
        {
            return (Verdict.LocalThenAtomic, 0, "Inside the loop the increment touches only a local variable that no other thread can see; " +
                $"the shared {analysis.Locations[atomicAfter]} is updated once, after the loop, by one atomic {ShortMethod(analysis.Instructions[atomicAfter].Member!)}.");
        }

        return (Verdict.Unknown, 0, "RaceLab found no read-modify-write of shared state in this loop.");
    }

    private static int Size((int First, int Last, bool Locked, string Location) window) => window.Last - window.First + 1;

    private static string Ops(IlAnalysis analysis, (int First, int Last, bool Locked, string Location) window) =>
        string.Join(", ", analysis.Instructions.Skip(window.First).Take(Size(window)).Select(i =>
            i.OpCode is "call" or "callvirt" && i.Member is { } m ? ShortMethod(m) : i.OpCode));

    /// <summary><c>int32 [System.Threading]System.Threading.Interlocked::Increment(int32&amp;)</c> → <c>Interlocked.Increment</c>.</summary>
    internal static string ShortMethod(string member)
    {
        var open = member.IndexOf('(', StringComparison.Ordinal);
        var head = open < 0 ? member : member[..open];
        var separator = head.LastIndexOf("::", StringComparison.Ordinal);
        var type = head[..separator];
        type = type[(Math.Max(type.LastIndexOf('.'), Math.Max(type.LastIndexOf('/'), type.LastIndexOf(' '))) + 1)..];
        return $"{type}.{head[(separator + 2)..]}";
    }
}
