namespace RaceLab.Experiment.Results;

/// <summary>How much of a run had at least two threads inside their loops at the same time.</summary>
public static class Overlap
{
    /// <summary>
    /// The share (0..1) of [earliest start, latest end] covered by two or more of the intervals
    /// [starts[i], ends[i]]: a sweep over the sorted start and end events.
    /// </summary>
    public static double Share(IReadOnlyList<long> starts, IReadOnlyList<long> ends)
    {
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        if (starts.Count != ends.Count)
        {
            throw new ArgumentException("every start needs an end", nameof(ends));
        }

        if (starts.Count < 2)
        {
            return 0;
        }

        var events = new List<(long Time, int Delta)>(starts.Count * 2);
        for (var i = 0; i < starts.Count; i++)
        {
            events.Add((starts[i], +1));
            events.Add((ends[i], -1));
        }

        // Ends sort before starts at the same instant: touching intervals do not overlap.
        events.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Delta.CompareTo(b.Delta));
        var span = events[^1].Time - events[0].Time;
        if (span <= 0)
        {
            return 0;
        }

        long overlapped = 0;
        var running = 0;
        var previous = events[0].Time;
        foreach (var (time, delta) in events)
        {
            if (running >= 2)
            {
                overlapped += time - previous;
            }

            running += delta;
            previous = time;
        }

        return (double)overlapped / span;
    }
}
