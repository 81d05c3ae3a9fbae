namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// What one thread part does from one shared part, learned once on the machine and reused in every state
/// holding both: nothing (the thread cannot run), or the parts it leaves behind. Kept in one row per shared
/// part: expanding a state looks up each of its threads' parts in its shared part's row.
/// </summary>
internal sealed class StepMemo
{
    /// <summary>Not learned yet.</summary>
    public const long Unknown = 0;

    /// <summary>The thread cannot run.</summary>
    public const long Disabled = -1;

    /// <summary>The step depends on or changes more than the two parts: it is run on the machine every time.</summary>
    public const long Unshared = -2;

    private static readonly long[] NothingLearned = [];

    private long[][] _byShared = [];

    /// <summary>What the thread parts do from the shared part, by thread part (shorter than the parts when the rest are unknown).</summary>
    public long[] Row(ushort shared) => shared < _byShared.Length ? _byShared[shared] : NothingLearned;

    public long Get(ushort part, ushort shared)
    {
        var row = Row(shared);
        return part < row.Length ? row[part] : Unknown;
    }

    public void Set(ushort part, ushort shared, long value)
    {
        if (shared >= _byShared.Length)
        {
            var grown = _byShared.Length;
            Array.Resize(ref _byShared, Math.Max(shared + 1, _byShared.Length * 2));
            Array.Fill(_byShared, NothingLearned, grown, _byShared.Length - grown);
        }

        ref var row = ref _byShared[shared];
        if (part >= row.Length)
        {
            Array.Resize(ref row, Math.Max(Math.Max(part + 1, 16), row.Length * 2));
        }

        row[part] = value;
    }

    public static long Step(ushort part, ushort shared) => 1 + ((long)part << 16) + shared;

    public static (ushort Part, ushort Shared) Parts(long step) => ((ushort)((step - 1) >> 16), (ushort)((step - 1) & 0xFFFF));
}
