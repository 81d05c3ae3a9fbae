using System.Numerics;
using RaceLab.Explorer.Engine.Composed;

namespace RaceLab.Explorer.Tests.Composed;

public sealed class VectorLevelTests
{
    [Fact]
    public void Add_SumsEachParentsCountTimesItsAlikeThreads_AndKeepsTheFirstParent()
    {
        using var parents = Level(Key(1), Key(2));
        using var level = new VectorLevel<NarrowKey>();
        level.Clear(4);

        Assert.True(Add(level, Key(7), parents, parent: 0, multiplicity: 3, stepped: 11));
        Assert.False(Add(level, Key(7), parents, parent: 1, multiplicity: 2, stepped: 12));
        Assert.True(Add(level, Key(8), parents, parent: 1, multiplicity: 1, stepped: 13));
        level.Seal();

        var seven = IndexOf(level, Key(7));
        Assert.Equal(2, level.Count);
        Assert.Equal(new BigInteger(5), level.PathCount(seven));
        Assert.Equal(0, level.Trail().Parents[seven]);
        Assert.Equal(11, level.Trail().Stepped[seven]);
        Assert.Equal(13, level.Trail().Stepped[IndexOf(level, Key(8))]);
    }

    [Fact]
    public void ALevelBiggerThanExpected_GrowsAndKeepsEveryStateCountAndTrail()
    {
        using var parents = Level(Key(1));
        using var level = new VectorLevel<NarrowKey>();
        level.Clear(1);

        // Far past the 1,024 slots a level starts with: the table doubles several times on the way.
        const int States = 20_000;
        for (var i = 0; i < States; i++)
        {
            Add(level, Key((ushort)(i % 60_000), (byte)(i / 60_000), (byte)(i % 7)), parents, 0, 1 + (i % 3), (ushort)i);
        }

        level.Seal();

        Assert.Equal(States, level.Count);
        var seen = new HashSet<ushort>();
        for (var index = 0; index < level.Count; index++)
        {
            var stepped = level.Trail().Stepped[index];
            Assert.True(seen.Add(stepped));
            Assert.Equal(new BigInteger(1 + (stepped % 3)), level.PathCount(index));
            Assert.True(level.Key(index).Equals(Key((ushort)(stepped % 60_000), 0, (byte)(stepped % 7))));
        }
    }

    [Fact]
    public void CountsPast128Bits_GoOnExactly()
    {
        // A chain of one-state levels, each reached 15 times from the last by 15 alike threads: 225^20
        // schedules at the end, past 2^128 half-way, both within a level's sum and from a parent's count.
        var previous = Level(Key(1));
        var expected = BigInteger.One;
        for (var depth = 0; depth < 20; depth++)
        {
            var level = new VectorLevel<NarrowKey>();
            level.Clear(4);
            for (var parent = 0; parent < 15; parent++)
            {
                Add(level, Key((ushort)(depth + 2)), previous, 0, 15, 0);
            }

            level.Seal();
            expected *= 225;
            Assert.Equal(expected, level.PathCount(0));
            previous.Dispose();
            previous = level;
        }

        previous.Dispose();
        Assert.True(expected > (BigInteger)UInt128.MaxValue);
    }

    [Fact]
    public void AReusedTable_NumbersStatesAsAFreshOne()
    {
        using var parents = Level(Key(1));
        using var reused = new VectorLevel<NarrowKey>();
        using var fresh = new VectorLevel<NarrowKey>();

        // The reused table first holds another, smaller level: the next one spreads over the slots its
        // entries were packed away from, which must read as empty.
        reused.Clear(3_000);
        for (var i = 0; i < 3_000; i++)
        {
            Add(reused, Key((ushort)i, 1), parents, 0, 1, 0);
        }

        reused.Seal();

        foreach (var level in new[] { reused, fresh })
        {
            level.Clear(5_000);
            for (var i = 0; i < 5_000; i++)
            {
                Add(level, Key((ushort)(i * 7), 2), parents, 0, 1, (ushort)i);
            }

            level.Seal();
            Assert.Equal(5_000, level.Count);
        }

        for (var index = 0; index < fresh.Count; index++)
        {
            Assert.True(fresh.Key(index).Equals(reused.Key(index)));
            Assert.Equal(fresh.Trail().Stepped[index], reused.Trail().Stepped[index]);
        }
    }

    private static bool Add(VectorLevel<NarrowKey> level, NarrowKey key, VectorLevel<NarrowKey> parents, int parent, int multiplicity, ushort stepped) =>
        level.Add(key, key.Hash(), parents, parent, parent, multiplicity, stepped);

    private static int IndexOf(VectorLevel<NarrowKey> level, NarrowKey key) =>
        Enumerable.Range(0, level.Count).Single(index => level.Key(index).Equals(in key));

    /// <summary>A sealed level of the given states, one schedule each.</summary>
    private static VectorLevel<NarrowKey> Level(params NarrowKey[] keys)
    {
        var level = new VectorLevel<NarrowKey>();
        level.Clear(keys.Length);
        foreach (var key in keys)
        {
            level.AddRoot(key, key.Hash());
        }

        level.Seal();
        return level;
    }

    private static NarrowKey Key(ushort shared, params byte[] parts)
    {
        var vector = PartVector.Create();
        vector[0] = shared;
        for (var i = 0; i < parts.Length; i++)
        {
            vector[1 + i] = parts[i];
        }

        NarrowKey.TryPack(vector, out var key);
        return key;
    }
}
