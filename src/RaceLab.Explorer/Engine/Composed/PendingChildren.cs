using System.Runtime.CompilerServices;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// Children waiting to be added to one shard of the next level, in the order their parents were expanded:
/// the vector, its hash, the parent (its index in its own shard), what stepped and how many alike threads
/// could have. 32 bytes with narrow keys.
/// </summary>
internal sealed class PendingChildren<TKey>
    where TKey : unmanaged, IPartKey<TKey>
{
    private Pending[] _items = new Pending[256];

    public int Count { get; private set; }

    public ref readonly Pending this[int index] => ref _items[index];

    public void Clear() => Count = 0;

    /// <summary>Drops the children queued after the first <paramref name="count"/> (a parent given up half-way).</summary>
    public void Truncate(int count) => Count = count;

    public void Add(in TKey vector, ulong hash, int parent, int multiplicity, ushort stepped)
    {
        MakeRoom(1);
        AddInRoom(vector, hash, parent, multiplicity, stepped);
    }

    /// <summary>Makes room for <paramref name="children"/> more, so that <see cref="AddInRoom"/> needs no check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MakeRoom(int children)
    {
        if (Count + children > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(Count + children, _items.Length * 2));
        }
    }

    /// <summary>Adds a child within the room made (the expansion's hot loop: no check for room).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddInRoom(in TKey vector, ulong hash, int parent, int multiplicity, ushort stepped) =>
        _items[Count++] = new Pending(vector, hash, parent, stepped, (byte)multiplicity);

    internal readonly record struct Pending(TKey Vector, ulong Hash, int Parent, ushort Stepped, byte Multiplicity);
}
