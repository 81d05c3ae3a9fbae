using System.Text.RegularExpressions;
using RaceLab.IlView.Analysis;

namespace RaceLab.IlView.Native;

/// <summary>Recognises, in one line of JIT output, what the instruction does to memory another thread can see.</summary>
internal static partial class NativeInstruction
{
    public static (Access Access, string? Address) Classify(string line, string architecture)
    {
        var text = line.Trim();
        if (LockCall().Match(text) is { Success: true } call)
        {
            var name = call.Groups["name"].Value;
            return (name.Contains("Enter", StringComparison.Ordinal) ? Access.LockAcquire : Access.LockRelease, null);
        }

        if (text.Contains("System.Threading.Interlocked", StringComparison.Ordinal) && text.StartsWith("call", StringComparison.Ordinal))
        {
            return (Access.Atomic, null);
        }

        return architecture.Equals("Arm64", StringComparison.OrdinalIgnoreCase) ? Arm64(text) : X64(text);
    }

    private static (Access, string?) X64(string text)
    {
        if (X64Update().Match(text) is { Success: true } update && !IsStack(update.Groups["addr"].Value))
        {
            var locked = update.Groups["lock"].Success || update.Groups["op"].Value == "xchg";
            return (locked ? Access.Atomic : Access.NonAtomicUpdate, update.Groups["addr"].Value);
        }

        if (X64Load().Match(text) is { Success: true } load && !IsStack(load.Groups["addr"].Value))
        {
            return (Access.Read, load.Groups["addr"].Value);
        }

        if (X64Store().Match(text) is { Success: true } store && !IsStack(store.Groups["addr"].Value))
        {
            return (Access.Write, store.Groups["addr"].Value);
        }

        return (Access.None, null);
    }

    private static (Access, string?) Arm64(string text)
    {
        if (Arm64Atomic().IsMatch(text))
        {
            return (Access.Atomic, Arm64Address().Match(text).Groups["addr"].Value);
        }

        if (Arm64Load().Match(text) is { Success: true } load && !IsStack(load.Groups["addr"].Value))
        {
            return (Access.Read, load.Groups["addr"].Value);
        }

        if (Arm64Store().Match(text) is { Success: true } store && !IsStack(store.Groups["addr"].Value))
        {
            return (Access.Write, store.Groups["addr"].Value);
        }

        return (Access.None, null);
    }

    // Stack slots belong to one thread; only other memory can be shared.
    private static bool IsStack(string address) =>
        address.StartsWith("rbp", StringComparison.Ordinal) || address.StartsWith("rsp", StringComparison.Ordinal) ||
        address.StartsWith("fp", StringComparison.Ordinal) || address.StartsWith("sp", StringComparison.Ordinal);

    [GeneratedRegex(@"^call\s+\[?System\.Threading\.(Monitor|Lock|SpinLock|Lock\+Scope):(?<name>\w+)")]
    private static partial Regex LockCall();

    [GeneratedRegex(@"^(?<lock>lock\s+)?(?<op>inc|dec|add|sub|xadd|or|and|xor|cmpxchg|xchg)\s+(byte|word|dword|qword)\s+ptr\s+\[(?<addr>[^\]]+)\]")]
    private static partial Regex X64Update();

    [GeneratedRegex(@"^mov\s+\w+,\s+(dword|qword)\s+ptr\s+\[(?<addr>[^\]]+)\]")]
    private static partial Regex X64Load();

    [GeneratedRegex(@"^mov\s+(dword|qword)\s+ptr\s+\[(?<addr>[^\]]+)\],")]
    private static partial Regex X64Store();

    [GeneratedRegex(@"^(ldadd|stadd|swp|cas|ldaxr|ldxr|stlxr|stxr)\w*\s")]
    private static partial Regex Arm64Atomic();

    [GeneratedRegex(@"\[(?<addr>[^\]]+)\]")]
    private static partial Regex Arm64Address();

    [GeneratedRegex(@"^ld(a)?r\s+[wx]\d+,\s+\[(?<addr>[^\]]+)\]")]
    private static partial Regex Arm64Load();

    [GeneratedRegex(@"^st(l)?r\s+[wx]\d+,\s+\[(?<addr>[^\]]+)\]")]
    private static partial Regex Arm64Store();
}
