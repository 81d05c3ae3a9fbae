namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// What one thread part does from one shared part, learned once on the machine and reused in every state
/// holding both: nothing (the thread cannot run), or the parts it leaves behind.
/// </summary>
internal sealed class StepMemo
{
    /// <summary>Not learned yet.</summary>
    public const long Unknown = 0;

    /// <summary>The thread cannot run.</summary>
    public const long Disabled = -1;

    /// <summary>The step depends on or changes more than the two parts: it is run on the machine every time.</summary>
    public const long Unshared = -2;

    private long[]?[] _byPart = new long[]?[64];

    public long Get(ushort part, ushort shared)
    {
        var row = part < _byPart.Length ? _byPart[part] : null;
        return row is not null && shared < row.Length ? row[shared] : Unknown;
    }

    public void Set(ushort part, ushort shared, long value)
    {
        if (part >= _byPart.Length)
        {
            Array.Resize(ref _byPart, Math.Max(part + 1, _byPart.Length * 2));
        }

        ref var row = ref _byPart[part];
        row ??= new long[Math.Max(64, shared + 1)];
        if (shared >= row.Length)
        {
            Array.Resize(ref row, Math.Max(shared + 1, row.Length * 2));
        }

        row[shared] = value;
    }

    public static long Step(ushort part, ushort shared) => 1 + ((long)part << 16) + shared;

    public static (ushort Part, ushort Shared) Parts(long step) => ((ushort)((step - 1) >> 16), (ushort)((step - 1) & 0xFFFF));
}
