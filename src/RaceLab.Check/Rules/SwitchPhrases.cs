using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Rules;

/// <summary>Says where check points let another thread in, in a Python developer's words rather than bytecode.</summary>
internal static class SwitchPhrases
{
    /// <summary>
    /// "at the call to `step()`", "after almost any bytecode of the update", ... for the polling points inside a
    /// window: when a release polls after nearly every instruction that alone is said; a call is named once.
    /// </summary>
    public static IReadOnlyList<string> For(IEnumerable<CheckPoint> switches, IReadOnlyDictionary<int, Callee> callees)
    {
        var points = switches.ToList();
        if (points.Any(p => p.Kind is CheckPointKind.AfterInstruction or CheckPointKind.AfterInstructionUnlessBool))
        {
            return ["after almost any bytecode of the update"];
        }

        var entered = points.Where(p => p.Kind is CheckPointKind.CalleeFrameEntry or CheckPointKind.UnknownCallee)
            .Select(p => p.Offset).ToHashSet();
        return [.. points.Where(p => p.Kind != CheckPointKind.AfterCallReturns || !entered.Contains(p.Offset))
            .Select(p => Phrase(p, callees)).Distinct()];
    }

    /// <summary>Why a window the GIL never splits is safe on a release: nothing polls inside, or only a call that stops polling once specialized.</summary>
    public static string WhyNoSwitch(IEnumerable<CheckPoint> inside, IReadOnlyDictionary<int, Callee> callees)
    {
        var quiet = inside.Where(p => p.Kind == CheckPointKind.SpecializedNoPoll)
            .Select(p => callees.TryGetValue(p.Offset, out var c) && c.Name is { } name ? $"`{name}()`" : "a call")
            .Distinct().ToList();
        return quiet.Count == 0
            ? "no check point falls inside the window there"
            : $"{Join(quiet)} inside the window stops checking for a switch once specialized, after warm-up";
    }

    private static string Phrase(CheckPoint point, IReadOnlyDictionary<int, Callee> callees)
    {
        var call = callees.TryGetValue(point.Offset, out var callee) && callee.Name is { } name ? $"the call to `{name}()`" : "a call";
        return point.Kind switch
        {
            CheckPointKind.CalleeFrameEntry => $"at {call}",
            CheckPointKind.AfterCallReturns => $"when {call} returns",
            CheckPointKind.UnknownCallee => $"at {call} if it runs Python code",
            CheckPointKind.FrameEntry => "where the function starts",
            CheckPointKind.WhenJumpTaken => "when a condition inside it jumps",
            CheckPointKind.BackwardJump or CheckPointKind.BeforeJump => "at the jump back of a loop",
            _ => $"after {point.OpName}",
        };
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}
