namespace RaceLab.Experiment.Results;

/// <summary>Order statistics over trial outcomes.</summary>
public static class Statistics
{
    /// <summary>The median: the middle value, or the mean of the two middle values for an even count.</summary>
    public static double Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("the median of nothing is undefined", nameof(values));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The median of whole numbers (trial finals, lost updates).</summary>
    public static double Median(IEnumerable<long> values) => Median(values.Select(v => (double)v));
}
