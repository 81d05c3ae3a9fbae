namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// Children waiting to be added to one shard of the next level, in the order their parents were expanded:
/// the vector, its hash, the parent (its index in its own shard) and what stepped.
/// </summary>
internal sealed class PendingChildren<TKey>
    where TKey : unmanaged, IPartKey<TKey>
{
    private Pending[] _items = new Pending[256];

    public int Count { get; private set; }

    public ref readonly Pending this[int index] => ref _items[index];

    public void Clear() => Count = 0;

    public void Add(in TKey vector, ulong hash, int parent, int multiplicity, ushort stepped)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Count * 2);
        }

        _items[Count++] = new Pending(vector, hash, parent, multiplicity, stepped);
    }

    internal readonly record struct Pending(TKey Vector, ulong Hash, int Parent, int Multiplicity, ushort Stepped);
}
