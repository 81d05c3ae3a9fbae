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

    PartVector Unpack();

    ulong Hash();

    bool Equals(in TKey other);
}

/// <summary>A vector that does not fit the level's keys: the search starts again with wider ones.</summary>
internal sealed class KeyTooNarrowException() : Exception("A part vector does not fit the level's keys.");
