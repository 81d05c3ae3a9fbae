using System.Diagnostics.CodeAnalysis;

namespace RaceLab.Experiment.Strategies;

/// <summary>The command-line names of the strategies, in the order they are run and reported.</summary>
public static class StrategyCatalog
{
    private static readonly (StrategyKind Kind, string Name, string Summary, bool IsSafe)[] Entries =
    [
        (StrategyKind.Unsafe, "unsafe", "count++ on a static int field", false),
        (StrategyKind.Volatile, "volatile", "Volatile.Read then Volatile.Write", false),
        (StrategyKind.Interlocked, "interlocked", "Interlocked.Increment", true),
        (StrategyKind.Lock, "lock", "lock (obj) { count++; }", true),
        (StrategyKind.LockType, "lock-type", "lock on a System.Threading.Lock", true),
        (StrategyKind.SpinLock, "spinlock", "System.Threading.SpinLock", true),
        (StrategyKind.LocalSum, "local-sum", "count in a local, then one Interlocked.Add", true),
        (StrategyKind.Striped, "striped", "one padded cell per thread, summed at the end", true),
    ];

    /// <summary>Every strategy, in reporting order.</summary>
    public static IReadOnlyList<StrategyKind> All { get; } = [.. Entries.Select(e => e.Kind)];

    /// <summary>Every strategy name, in reporting order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Entries.Select(e => e.Name)];

    /// <summary>The command-line name of a strategy, e.g. <c>lock-type</c>.</summary>
    public static string NameOf(StrategyKind kind) => Find(kind).Name;

    /// <summary>One line saying what the strategy's loop does.</summary>
    public static string SummaryOf(StrategyKind kind) => Find(kind).Summary;

    /// <summary>Whether the strategy is meant to give exactly threads × iterations.</summary>
    public static bool IsSafe(StrategyKind kind) => Find(kind).IsSafe;

    /// <summary>Looks a strategy up by its command-line name (case-insensitive).</summary>
    public static bool TryParse(string name, [NotNullWhen(true)] out StrategyKind? kind)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = null;
        return false;
    }

    private static (StrategyKind Kind, string Name, string Summary, bool IsSafe) Find(StrategyKind kind)
    {
        foreach (var entry in Entries)
        {
            if (entry.Kind == kind)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown strategy");
    }
}
