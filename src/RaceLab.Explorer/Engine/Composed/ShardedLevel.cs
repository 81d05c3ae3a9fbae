using System.Numerics;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// A level split by hash into <see cref="Shards"/> tables, so several threads add children at once, each to its
/// own shard. The split is fixed (not the number of threads), so states, their order and every result are
/// the same on any machine. A state's index is its index in its shard times <see cref="Shards"/> plus the shard.
/// </summary>
internal sealed class ShardedLevel<TKey> : IDisposable
    where TKey : unmanaged, IPartKey<TKey>
{
    public const int Shards = LevelShards.Shards;

    public ShardedLevel()
    {
        for (var s = 0; s < Shards; s++)
        {
            Shard[s] = new VectorLevel<TKey>();
        }
    }

    public VectorLevel<TKey>[] Shard { get; } = new VectorLevel<TKey>[Shards];

    public long Count
    {
        get
        {
            var count = 0L;
            foreach (var shard in Shard)
            {
                count += shard.Count;
            }

            return count;
        }
    }

    public BigInteger PathCount(int index)
    {
        var (shard, local) = LevelShards.Split(index);
        return Shard[shard].PathCount(local);
    }

    public void Clear(long expected)
    {
        foreach (var shard in Shard)
        {
            shard.Clear((int)Math.Min(int.MaxValue / 4, (expected / Shards) + 1));
        }
    }

    /// <summary>Ends filling: numbers each shard's states (see <see cref="VectorLevel{TKey}.Seal"/>), one shard after another.</summary>
    public void Seal()
    {
        foreach (var shard in Shard)
        {
            shard.Seal();
        }
    }

    public void Dispose()
    {
        foreach (var shard in Shard)
        {
            shard.Dispose();
        }
    }

    /// <summary>Each shard's parents and stepped parts, kept to rebuild states later.</summary>
    public (int[] Parents, ushort[] Stepped)[] Trail() => [.. Shard.Select(static shard => shard.Trail())];
}

/// <summary>How states are spread over a level's shards and numbered in it.</summary>
internal static class LevelShards
{
    public const int Shards = 4;

    public static int ShardOf(ulong hash) => (int)(hash >> 62);

    public static int Index(int shard, int local) => (local * Shards) + shard;

    public static (int Shard, int Local) Split(int index) => (index % Shards, index / Shards);
}
