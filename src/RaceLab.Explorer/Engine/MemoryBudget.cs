namespace RaceLab.Explorer.Engine;

/// <summary>
/// The process's memory against --max-memory, as the search grows: a search that would outgrow the machine
/// stops with a partial result instead of being killed by the kernel. It reads the resident set (what the
/// kernel counts, native level tables included) every so often, and stops at a share of the limit: the
/// next level's table may double in one go, and the witness pass and the report still need room.
/// </summary>
internal sealed class MemoryBudget(long? limit)
{
    /// <summary>The share of the limit at which the search stops.</summary>
    public const double StopShare = 0.5;

    private const int CallsPerCheck = 64;
    private const long StatesPerCheck = 1 << 16;
    private int _calls;
    private long _checkedAt;

    /// <summary>True once the resident set has passed the stop share (checked every few calls or states).</summary>
    public bool Exceeded(long states)
    {
        if (limit is not { } max)
        {
            return false;
        }

        if (++_calls < CallsPerCheck && states - _checkedAt < StatesPerCheck)
        {
            return false;
        }

        _calls = 0;
        _checkedAt = states;
        return Environment.WorkingSet > max * StopShare;
    }
}
