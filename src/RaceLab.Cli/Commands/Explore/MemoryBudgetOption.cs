using System.Globalization;

namespace RaceLab.Cli.Commands.Explore;

/// <summary>--max-memory: parsing sizes such as 512MB or 4GB, and the default, a safe share of this machine's memory.</summary>
internal static class MemoryBudgetOption
{
    /// <summary>Of the physical memory, and of what is free now (other programs run too).</summary>
    private const double ShareOfPhysical = 0.6;
    private const double ShareOfAvailable = 0.8;

    public static long Parse(string text)
    {
        var trimmed = text.Trim().ToUpperInvariant().Replace("IB", "B", StringComparison.Ordinal);
        var (number, scale) = trimmed switch
        {
            var t when t.EndsWith("GB", StringComparison.Ordinal) => (t[..^2], 1L << 30),
            var t when t.EndsWith("MB", StringComparison.Ordinal) => (t[..^2], 1L << 20),
            var t when t.EndsWith("KB", StringComparison.Ordinal) => (t[..^2], 1L << 10),
            var t when t.EndsWith('G') => (t[..^1], 1L << 30),
            var t when t.EndsWith('M') => (t[..^1], 1L << 20),
            var t when t.EndsWith('B') => (t[..^1], 1L),
            var t => (t, 1L),
        };
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value * scale >= 64L << 20
            ? (long)(value * scale)
            : throw new ExploreUsageException($"--max-memory: '{text}' is not a size of at least 64MB (e.g. 512MB, 4GB)");
    }

    /// <summary>The default budget and how it was chosen.</summary>
    public static (long Bytes, string Why) Default()
    {
        var physical = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var byPhysical = (long)(physical * ShareOfPhysical);
        if (Available() is { } available && (long)(available * ShareOfAvailable) < byPhysical)
        {
            return ((long)(available * ShareOfAvailable), $"80% of the {Describe(available)} free now");
        }

        return (byPhysical, $"60% of the {Describe(physical)} of memory");
    }

    public static string Describe(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0} MB");

    /// <summary>Linux's MemAvailable (what can be allocated without swapping), or null elsewhere.</summary>
    private static long? Available()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal)
                    && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb))
                {
                    return kb * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
