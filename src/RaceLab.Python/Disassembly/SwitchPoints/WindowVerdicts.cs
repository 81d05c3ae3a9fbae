namespace RaceLab.Python.Disassembly;

/// <summary>Turns the check points inside a window into the verdict sentence, per release.</summary>
internal static class WindowVerdicts
{
    public static WindowVerdict For(
        PythonVersion version, string variable, IReadOnlyList<CheckPoint> inside, IReadOnlyDictionary<int, Callee> callees, LockRegion? lockRegion) =>
        For(version, variable, LocationKind.Global, checkThenAct: false, inside, callees, lockRegion);

    public static WindowVerdict For(
        PythonVersion version, string variable, LocationKind kind, bool checkThenAct, IReadOnlyList<CheckPoint> inside,
        IReadOnlyDictionary<int, Callee> callees, LockRegion? lockRegion)
    {
        var label = version.Label();
        if (lockRegion is not null)
        {
            var how = lockRegion.How == "with" ? $"with {lockRegion.Lock}:" : $"{lockRegion.Lock}.acquire() ... {lockRegion.Lock}.release()";
            return new WindowVerdict(false, false,
                $"protected by the lock `{lockRegion.Lock}` ({how}): no other thread updates `{variable}` inside this window, on every version, free-threaded 3.13t included");
        }

        var switches = inside.Where(p => p.Polls).Select(p => Phrase(p, callees)).Distinct().ToList();
        var quiet = inside.Where(p => p.Kind == CheckPointKind.SpecializedNoPoll)
            .Select(p => callees.TryGetValue(p.Offset, out var c) ? c.Describe() : p.OpName).Distinct().ToList();
        var freeThreaded = version >= PythonVersion.Py313 ? "; on free-threaded 3.13t as well" : "";
        var what = checkThenAct
            ? $"two threads can both pass the test of `{variable}` before either stores it (check-then-act)"
            : $"updates to `{variable}` can be lost";
        if (switches.Count > 0)
        {
            return new WindowVerdict(true, true,
                $"a switch can happen {Join(switches)}, inside the window: on {label} {what}{freeThreaded}");
        }

        var note = quiet.Count > 0 ? $" ({Join(quiet)} does not poll once specialized, after warm-up)" : "";

        // Free-threaded builds lock each dict, list and object for one operation: the load and the store are
        // each atomic, the window between them is not.
        var atomicEach = kind is LocationKind.Attribute or LocationKind.Item ? " (each access is atomic by per-object locking, the window between them is not)" : "";
        return new WindowVerdict(false, true,
            $"no check point inside{note}: on {label} the GIL never splits this {(checkThenAct ? "check-then-act" : "update")} — an implementation detail, not a guarantee; on free-threaded 3.13t it is unprotected{atomicEach}");
    }

    private static string Phrase(CheckPoint point, IReadOnlyDictionary<int, Callee> callees)
    {
        var callee = callees.TryGetValue(point.Offset, out var c) ? c.Describe() : "the callee";
        return point.Kind switch
        {
            CheckPointKind.WhenJumpTaken => $"when {point.OpName} jumps",
            CheckPointKind.BeforeJump => $"before {point.OpName} jumps",
            CheckPointKind.FrameEntry when point.OpName == "RESUME" => "at RESUME",
            CheckPointKind.FrameEntry => "at frame entry",
            CheckPointKind.AfterCallReturns => $"after {point.OpName} returns from {callee}",
            CheckPointKind.CalleeFrameEntry => $"at the frame entry of {callee} (called by {point.OpName})",
            CheckPointKind.UnknownCallee => $"inside {point.OpName} if {callee} runs Python code",
            _ => $"after {point.OpName}",
        };
    }

    private static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}
