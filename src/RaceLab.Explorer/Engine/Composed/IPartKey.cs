namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// How a level stores a <see cref="PartVector"/>: as is, or packed smaller when its ids allow
/// (<see cref="NarrowKey"/>), which makes the level's entries one cache line.
/// </summary>
internal interface IPartKey<TKey>
    where TKey : unmanaged, IPartKey<TKey>
{
    /// <summary>The vector as a key (the search checks beforehand that its vectors fit this kind of key).</summary>
    static abstract bool TryPack(in PartVector vector, out TKey key);

    /// <summary>
    /// The key of the vector with the thread part in <paramref name="lane"/> replaced by <paramref name="part"/>
    /// (kept sorted) and the shared part by <paramref name="shared"/>: <see cref="PartVector.Replace"/> on the
    /// key itself, for the expansion's hot loop.
    /// </summary>
    static abstract TKey WithStep(in TKey key, int lane, ushort part, ushort shared, int threads);

    PartVector Unpack();

    ushort SharedPart { get; }

    /// <summary>The number of thread lanes in use.</summary>
    int Threads { get; }

    /// <summary>The thread part id in lane 1..<see cref="Threads"/>.</summary>
    ushort Lane(int lane);

    ulong Hash();

    bool Equals(in TKey other);
}

/// <summary>A vector that does not fit the level's keys: the search starts again with wider ones.</summary>
internal sealed class KeyTooNarrowException() : Exception("A part vector does not fit the level's keys.");
