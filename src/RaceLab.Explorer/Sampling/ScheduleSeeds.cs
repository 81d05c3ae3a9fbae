namespace RaceLab.Explorer.Sampling;

/// <summary>Derives each schedule's seed from the run's seed and the schedule's number (SplitMix64), so
/// schedule i is the same whichever core runs it and whatever ran before it.</summary>
public static class ScheduleSeeds
{
    public static ulong Of(ulong seed, int schedule)
    {
        var state = seed ^ Mix(0x9E3779B97F4A7C15UL * (ulong)(schedule + 1));
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
