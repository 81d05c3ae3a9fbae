using System.Text.RegularExpressions;
using RaceLab.IlView.Analysis;

namespace RaceLab.IlView.Native;

/// <summary>Marks the counter's update in a JIT listing and explains it, using what the IL already told about the loop.</summary>
internal static partial class NativeAnnotator
{
    public static NativeListing Annotate(JitListing listing, string architecture, Verdict ilVerdict)
    {
        var code = MergeLockPrefixes(listing.Code);
        var marks = code.Select(line => NativeInstruction.Classify(line, architecture)).ToArray();
        var loop = FindLoop(code);
        bool InLoop(int i) => loop is { } l && i >= l.Start && i <= l.End;

        // The IL already proved whether the counter's update runs under a lock; the JIT may inline the lock's fast
        // path (a lock cmpxchg on the lock word) and lay the release out before the loop, so the layout cannot tell.
        var underLock = ilVerdict == Verdict.LockedWindow;
        var locked = Enumerable.Repeat(underLock, code.Count).ToArray();

        var window = FindLoadStoreWindow(marks, InLoop, locked);
        // Under a lock the counter's update is the plain one; lock-prefixed instructions there work on the lock word.
        var update = Enumerable.Range(0, code.Count).FirstOrDefault(
            i => InLoop(i) && (underLock ? marks[i].Access == Access.NonAtomicUpdate : marks[i].Access is Access.NonAtomicUpdate or Access.Atomic), -1);
        var atomicAfter = Enumerable.Range(0, code.Count).FirstOrDefault(i => !InLoop(i) && marks[i].Access == Access.Atomic, -1);
        var acquire = Enumerable.Range(0, code.Count).FirstOrDefault(
            i => InLoop(i) && (marks[i].Access == Access.LockAcquire || (underLock && marks[i].Access == Access.Atomic)), -1);
        var arm64 = architecture.Equals("Arm64", StringComparison.OrdinalIgnoreCase);
        var (increment, sentence) = Explain(code, marks, update, window, atomicAfter, acquire, locked, ilVerdict, arm64);


        var unprotected = ilVerdict is not (Verdict.OwnCell or Verdict.LocalThenAtomic);
        var lines = code.Select((line, i) => new ListingLine(
            line,
            marks[i].Access,
            Note(marks[i].Access, underLock, ilVerdict),
            unprotected && !locked[i] && ((i == update && marks[i].Access == Access.NonAtomicUpdate) || (window is { } w && i >= w.First && i <= w.Last)),
            InLoop(i))).ToList();
        return new NativeListing(listing.Method, listing.Tier, listing.Details, architecture, lines, increment, sentence);
    }

    private static (string? Increment, string Sentence) Explain(
        IReadOnlyList<string> code, (Access Access, string? Address)[] marks, int update, (int First, int Last)? window, int atomicAfter, int acquire, bool[] locked, Verdict ilVerdict, bool arm64)
    {
        if (update >= 0 && marks[update].Access == Access.Atomic)
        {
            var text = Squeeze(code[update].Trim());
            var how = arm64
                ? "this arm64 atomic instruction performs the whole read-modify-write as one indivisible step"
                : "the lock prefix keeps the counter's cache line to this core for the whole read-modify-write";
            return (text, $"`{text}`: {how}, so no other core can write it between the read and the write: nothing is lost.");
        }

        if (update >= 0)
        {
            var text = Squeeze(code[update].Trim());
            if (locked[update])
            {
                var taken = acquire >= 0 ? $" (taken by `{Squeeze(code[acquire].Trim())}`)" : string.Empty;
                return (text, $"The increment is the same non-atomic `{text}` as in unsafe, but it runs only while this thread holds the lock{taken}, " +
                    "so one thread at a time executes it.");
            }

            return ilVerdict switch
            {
                Verdict.OwnCell => (text, $"`{text}` is a read-modify-write without a lock prefix, but its address is this thread's own padded cell: " +
                    "no other core writes that cache line, so nothing is lost and nothing is contended."),
                Verdict.VolatileWindow => (text, $"Volatile.Read and Volatile.Write compiled to the very same `{text}` as unsafe: on x64 plain loads and " +
                    "stores are already ordered, so 'volatile' adds neither a lock prefix nor atomicity, and updates are lost the same way."),
                _ => (text, $"`{text}` is a single x64 instruction, yet the core reads the counter, adds one and writes it back; without a lock " +
                    "prefix another core can write the counter in between, and one of the two increments is lost."),
            };
        }

        if (window is { } w)
        {
            return (Squeeze(code[w.First].Trim()), $"The increment is {w.Last - w.First + 1} instructions, a load, the add and a store of the same " +
                "address, and another thread can run between the load and the store: its update is then overwritten.");
        }

        if (atomicAfter >= 0)
        {
            var text = Squeeze(code[atomicAfter].Trim());
            return (text, "The loop only increments a register that no other thread can see; the shared counter is written once, after the loop, " +
                $"by the atomic `{text}`.");
        }

        return (null, "RaceLab recognised no read-modify-write of shared memory in this listing.");
    }

    private static string? Note(Access access, bool locked, Verdict ilVerdict) => access switch
    {
        Access.Atomic when locked => "atomic: lock-prefixed, on the lock's own state",
        Access.Atomic => "atomic: lock-prefixed read-modify-write",
        Access.NonAtomicUpdate when locked => "read-modify-write, inside the lock",
        Access.NonAtomicUpdate when ilVerdict == Verdict.OwnCell => "read-modify-write of this thread's own cell",
        Access.NonAtomicUpdate => "read-modify-write, NOT atomic: no lock prefix",
        Access.Read => "load",
        Access.Write => "store",
        Access.LockAcquire => "take the lock",
        Access.LockRelease => "release the lock",
        _ => null,
    };

    /// <summary>A load and a later store of the same address in the loop, with no lock held: the Tier0 shape of count++.</summary>
    private static (int First, int Last)? FindLoadStoreWindow((Access Access, string? Address)[] marks, Func<int, bool> inLoop, bool[] locked)
    {
        for (var i = 0; i < marks.Length; i++)
        {
            if (marks[i].Access != Access.Read || !inLoop(i) || locked[i])
            {
                continue;
            }

            for (var j = i + 1; j < marks.Length && inLoop(j); j++)
            {
                if (marks[j].Access == Access.Write && marks[j].Address == marks[i].Address)
                {
                    return (i, j);
                }
            }
        }

        return null;
    }

    /// <summary>The JIT prints a lock prefix on a line of its own; join it to the instruction it prefixes.</summary>
    private static List<string> MergeLockPrefixes(IReadOnlyList<string> code)
    {
        var merged = new List<string>();
        for (var i = 0; i < code.Count; i++)
        {
            if (code[i].Trim() == "lock" && i + 1 < code.Count)
            {
                var indent = code[i][..(code[i].Length - code[i].TrimStart().Length)];
                merged.Add($"{indent}lock     {code[i + 1].Trim()}");
                i++;
            }
            else
            {
                merged.Add(code[i]);
            }
        }

        return merged;
    }

    /// <summary>The hot loop: the widest backward conditional jump (a loop closes with one; jmp back from a cold block does not).</summary>
    private static (int Start, int End)? FindLoop(IReadOnlyList<string> code)
    {
        var labels = new Dictionary<string, int>();
        for (var i = 0; i < code.Count; i++)
        {
            if (Label().Match(code[i]) is { Success: true } label)
            {
                labels[label.Groups[1].Value] = i;
            }
        }

        (int Start, int End)? loop = null;
        for (var i = 0; i < code.Count; i++)
        {
            if (ConditionalJump().Match(code[i].Trim()) is { Success: true } jump &&
                labels.TryGetValue(jump.Groups["target"].Value, out var target) && target < i &&
                (loop is null || i - target > loop.Value.End - loop.Value.Start))
            {
                loop = (target, i);
            }
        }

        return loop;
    }

    private static string Squeeze(string instruction) => Spaces().Replace(instruction, " ");

    [GeneratedRegex(@"^(G_M\w+):")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(j(?!mp)\w+|b\.?(eq|ne|lt|le|gt|ge|hi|hs|lo|ls|mi|pl|vs|vc|cc|cs)|cbn?z|tbn?z)\s+(SHORT\s+)?(\w+,\s*)*(?<target>G_M\w+)")]
    private static partial Regex ConditionalJump();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
