using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>A lock taken while another is held: <see cref="Inner"/> acquired inside <see cref="Outer"/>'s region.</summary>
/// <param name="Outer">The lock held (as the source names it: <c>a</c>, <c>self.lock</c>).</param>
/// <param name="Inner">The lock taken while it is held.</param>
/// <param name="Code">The code object doing it.</param>
/// <param name="InnerStart">The byte offset where the inner region starts.</param>
public sealed record LockNesting(string Outer, string Inner, CodeObject Code, int InnerStart)
{
    /// <summary>The source line of the inner acquisition.</summary>
    public int? Line => LineTable.LineAt(Code, InnerStart);
}

/// <summary>Two places that take the same two locks in opposite orders.</summary>
public sealed record LockOrderConflict(LockNesting First, LockNesting Second)
{
    /// <summary>The hint as a sentence.</summary>
    public string Describe() =>
        $"`{First.Inner}` is taken while `{First.Outer}` is held in {Where(First)}, and `{Second.Inner}` while " +
        $"`{Second.Outer}` is held in {Where(Second)}: two threads running both can deadlock (a static hint, not a proof)";

    private static string Where(LockNesting n) =>
        $"{(n.Code.Name == "<module>" ? "the module" : n.Code.Name + "()")} (line {n.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"})";
}

/// <summary>
/// Lock acquisitions in opposite orders across the module's functions — the classic deadlock — found on the
/// analysis's lock regions (with blocks, acquire/release pairs): a region inside another region of the same
/// code object is "inner taken while outer held". A static hint: whether two threads can really interleave
/// there is what `racelab explore` answers.
/// </summary>
public static class LockOrderHints
{
    /// <summary>Every "inner taken while outer held" of one code object (locks named only by the source).</summary>
    public static IEnumerable<LockNesting> Nestings(CodeSwitchPoints code)
    {
        ArgumentNullException.ThrowIfNull(code);
        foreach (var outer in code.Locks)
        {
            foreach (var inner in code.Locks)
            {
                if (outer.Lock != inner.Lock && !outer.Lock.Contains('?', StringComparison.Ordinal)
                    && !inner.Lock.Contains('?', StringComparison.Ordinal)
                    && outer.Start <= inner.Start && inner.End <= outer.End)
                {
                    yield return new LockNesting(outer.Lock, inner.Lock, code.Code, inner.Start);
                }
            }
        }
    }

    /// <summary>Each pair of locks taken in both orders somewhere in the module, first places first.</summary>
    public static IReadOnlyList<LockOrderConflict> Find(SwitchPointReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var first = new Dictionary<(string, string), LockNesting>();
        foreach (var nesting in report.CodeObjects.SelectMany(Nestings))
        {
            first.TryAdd((nesting.Outer, nesting.Inner), nesting);
        }

        var conflicts = new List<LockOrderConflict>();
        foreach (var ((outer, inner), nesting) in first)
        {
            if (string.CompareOrdinal(outer, inner) < 0 && first.TryGetValue((inner, outer), out var other))
            {
                var (a, b) = (nesting.Line ?? 0) <= (other.Line ?? 0) ? (nesting, other) : (other, nesting);
                conflicts.Add(new LockOrderConflict(a, b));
            }
        }

        return conflicts;
    }
}
