using RaceLab.IlView.Decoding;

namespace RaceLab.IlView.Analysis;

/// <summary>
/// Reads what each instruction does to shared state, finds the loop and the read-modify-write windows in it,
/// and decides how the loop updates the counter.
/// </summary>
internal sealed class IlAnalysis
{
    private readonly List<(int First, int Last, bool Locked, string Location)> _windows = [];

    private IlAnalysis(IReadOnlyList<IlInstruction> instructions)
    {
        Instructions = instructions;
        Accesses = new Access[instructions.Count];
        Notes = new string?[instructions.Count];
        Locations = new string?[instructions.Count];
    }

    public IReadOnlyList<IlInstruction> Instructions { get; }

    public Access[] Accesses { get; }

    public string?[] Notes { get; }

    public string?[] Locations { get; }

    /// <summary>Offsets [Start, End] of the hot loop: from a backward branch's target to the branch.</summary>
    public (int Start, int End)? Loop { get; private set; }

    public IReadOnlyList<(int First, int Last, bool Locked, string Location)> Windows => _windows;

    public static IlAnalysis Analyze(IReadOnlyList<IlInstruction> instructions)
    {
        var analysis = new IlAnalysis(instructions);
        analysis.Classify();
        analysis.FindWindows();
        analysis.FindLoop();
        return analysis;
    }

    public bool InLoop(int index) =>
        Loop is { } loop && Instructions[index].Offset >= loop.Start && Instructions[index].Offset <= loop.End;

    /// <summary>Inside a read-modify-write of a shared field with no lock held (a ref to a thread's own cell is not shared).</summary>
    public bool InUnprotectedWindow(int index) =>
        _windows.Any(w => !w.Locked && w.Location != "ref" && index >= w.First && index <= w.Last);

    private void Classify()
    {
        // Addresses of shared fields waiting on the evaluation stack for the call that uses them.
        var addresses = new Stack<string>();
        for (var i = 0; i < Instructions.Count; i++)
        {
            var instruction = Instructions[i];
            var member = instruction.Member ?? string.Empty;
            var field = FieldName(member);
            (Accesses[i], Locations[i], Notes[i]) = instruction.OpCode switch
            {
                "ldsfld" => (Access.Read, field, $"read shared {field}"),
                "stsfld" => (Access.Write, field, $"write shared {field}"),
                "ldsflda" => Push(addresses, field),
                "call" or "callvirt" => Call(member, addresses),
                var op when op.StartsWith("ldind.", StringComparison.Ordinal) => (Access.RefRead, "ref", "read through the ref"),
                var op when op.StartsWith("stind.", StringComparison.Ordinal) => (Access.RefWrite, "ref", "write through the ref"),
                _ => (Access.None, null, null),
            };
        }
    }

    private static (Access, string?, string?) Push(Stack<string> addresses, string field)
    {
        addresses.Push(field);
        return (Access.Address, field, $"address of shared {field}");
    }

    private static (Access, string?, string?) Call(string member, Stack<string> addresses)
    {
        string? Pop() => addresses.Count > 0 ? addresses.Pop() : null;
        if (member.Contains("System.Threading.Interlocked::", StringComparison.Ordinal))
        {
            var target = Pop();
            return (Access.Atomic, target, $"atomic read-modify-write of {target}");
        }

        if (member.Contains("System.Threading.Volatile::Read", StringComparison.Ordinal))
        {
            var target = Pop();
            return (Access.VolatileRead, target, $"volatile read of {target}");
        }

        if (member.Contains("System.Threading.Volatile::Write", StringComparison.Ordinal))
        {
            var target = Pop();
            return (Access.VolatileWrite, target, $"volatile write of {target}");
        }

        if (IsLockCall(member, out var acquire))
        {
            Pop();
            return acquire ? (Access.LockAcquire, null, "take the lock") : (Access.LockRelease, null, "release the lock");
        }

        return (Access.None, null, null);
    }

    private static bool IsLockCall(string member, out bool acquire)
    {
        string[] acquires = ["System.Threading.Monitor::Enter", "System.Threading.Lock::EnterScope", "System.Threading.SpinLock::Enter"];
        string[] releases = ["System.Threading.Monitor::Exit", "System.Threading.Lock/Scope::Dispose", "System.Threading.SpinLock::Exit"];
        acquire = acquires.Any(a => member.Contains(a, StringComparison.Ordinal));
        return acquire || releases.Any(r => member.Contains(r, StringComparison.Ordinal));
    }

    private void FindWindows()
    {
        var pendingReads = new Dictionary<string, (int Index, bool Locked)>();
        var lockDepth = 0;
        for (var i = 0; i < Instructions.Count; i++)
        {
            switch (Accesses[i])
            {
                case Access.LockAcquire:
                    lockDepth++;
                    break;
                case Access.LockRelease:
                    lockDepth = Math.Max(0, lockDepth - 1);
                    break;
                case Access.Read or Access.VolatileRead or Access.RefRead when Locations[i] is { } read:
                    pendingReads[read] = (i, lockDepth > 0);
                    break;
                case Access.Write or Access.VolatileWrite or Access.RefWrite when Locations[i] is { } written:
                    if (pendingReads.Remove(written, out var start))
                    {
                        _windows.Add((start.Index, i, start.Locked, written));
                    }

                    break;
            }
        }
    }

    private void FindLoop()
    {
        foreach (var instruction in Instructions)
        {
            foreach (var target in instruction.BranchTargets)
            {
                if (target <= instruction.Offset && (Loop is null || target < Loop.Value.Start))
                {
                    Loop = (target, instruction.Offset);
                }
            }
        }
    }

    private static string FieldName(string member)
    {
        var separator = member.LastIndexOf("::", StringComparison.Ordinal);
        return separator < 0 ? member : member[(separator + 2)..];
    }
}
