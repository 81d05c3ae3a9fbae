using RaceLab.Explorer.Engine.Composed;

namespace RaceLab.Explorer.Tests.Composed;

public sealed class PartVectorTests
{
    [Theory]
    [InlineData(new ushort[] { 1, 3, 3, 7 }, 1, 9, new ushort[] { 3, 3, 7, 9 })]
    [InlineData(new ushort[] { 1, 3, 3, 7 }, 4, 0, new ushort[] { 0, 1, 3, 3 })]
    [InlineData(new ushort[] { 1, 3, 3, 7 }, 3, 3, new ushort[] { 1, 3, 3, 7 })]
    [InlineData(new ushort[] { 2 }, 1, 5, new ushort[] { 5 })]
    public void Replace_KeepsThreadPartsSorted(ushort[] parts, int lane, ushort part, ushort[] expected)
    {
        var vector = Vector(4, parts);

        var child = vector.Replace(lane, part, 6, parts.Length);

        Assert.Equal(6, child.Shared);
        Assert.Equal(expected.Length, child.ThreadCount);
        Assert.Equal(expected, ((ReadOnlySpan<ushort>)child).Slice(1, expected.Length).ToArray());
        Assert.Equal(4, vector.Shared);
    }

    [Fact]
    public void Equality_AndHash_FollowEveryLane()
    {
        var a = Vector(1, [2, 3]);
        var b = Vector(1, [2, 3]);
        var c = Vector(1, [2, 4]);
        var d = Vector(0, [2, 3]);

        Assert.Equal(a, b);
        Assert.Equal(a.Hash(), b.Hash());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
        Assert.NotEqual(a.Hash(), c.Hash());
    }

    [Theory]
    [InlineData(0, new ushort[] { })]
    [InlineData(7, new ushort[] { 0 })]
    [InlineData(65534, new ushort[] { 1, 2, 3, 254 })]
    [InlineData(300, new ushort[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 254 })]
    public void NarrowKey_PacksAndUnpacksEveryLane(ushort shared, ushort[] parts)
    {
        var vector = Vector(shared, parts);

        Assert.True(NarrowKey.TryPack(vector, out var key));

        Assert.Equal(vector, key.Unpack());
    }

    [Fact]
    public void NarrowKey_EqualityAndHash_FollowEveryLane()
    {
        NarrowKey.TryPack(Vector(1, [2, 3, 200]), out var a);
        NarrowKey.TryPack(Vector(1, [2, 3, 200]), out var b);
        NarrowKey.TryPack(Vector(1, [2, 3, 201]), out var c);
        NarrowKey.TryPack(Vector(2, [2, 3, 200]), out var d);

        Assert.True(a.Equals(in b));
        Assert.Equal(a.Hash(), b.Hash());
        Assert.False(a.Equals(in c));
        Assert.False(a.Equals(in d));
    }

    [Theory]
    [InlineData(255, 14, true)]
    [InlineData(256, 14, false)]
    [InlineData(10, 15, false)]
    public void NarrowKey_Fits_UpToAByteOfIdsAndFourteenThreads(int parts, int threads, bool fits)
    {
        Assert.Equal(fits, NarrowKey.Fits(parts, threads));
    }

    [Fact]
    public void NarrowKey_WithStep_IsReplaceOnTheKey_ForEveryLaneAndPlace()
    {
        // Every thread count, every lane, new parts below, between, equal to and above the others: the key
        // stepped in place must be the key of the vector stepped lane by lane.
        var random = new Random(5);
        var checkedSteps = 0;
        for (var threads = 1; threads <= NarrowKey.MaxThreads; threads++)
        {
            for (var trial = 0; trial < 40; trial++)
            {
                var parts = Enumerable.Range(0, threads).Select(_ => (ushort)random.Next(trial % 2 == 0 ? 6 : 255)).Order().ToArray();
                var vector = Vector((ushort)random.Next(65535), parts);
                NarrowKey.TryPack(vector, out var key);
                for (var lane = 1; lane <= threads; lane++)
                {
                    var part = (ushort)random.Next(trial % 2 == 0 ? 7 : 255);
                    var shared = (ushort)random.Next(65535);

                    NarrowKey.TryPack(vector.Replace(lane, part, shared, threads), out var expected);
                    var stepped = NarrowKey.WithStep(key, lane, part, shared, threads);

                    Assert.True(expected.Equals(in stepped), $"{string.Join(' ', parts)}: lane {lane} to {part}");
                    checkedSteps++;
                }
            }
        }

        Assert.Equal(40 * Enumerable.Range(1, NarrowKey.MaxThreads).Sum(), checkedSteps);
    }

    [Theory]
    [InlineData(new ushort[] { })]
    [InlineData(new ushort[] { 4 })]
    [InlineData(new ushort[] { 0, 0, 3, 9, 9, 9 })]
    [InlineData(new ushort[] { 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData(new ushort[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 254 })]
    public void NarrowKey_ReadsThreadsAndLanes_AsTheVector(ushort[] parts)
    {
        var vector = Vector(0xFFFE, parts);
        NarrowKey.TryPack(vector, out var key);

        Assert.Equal(parts.Length, key.Threads);
        Assert.Equal(0xFFFE, key.SharedPart);
        Assert.Equal(parts, Enumerable.Range(1, parts.Length).Select(lane => key.Lane(lane)).ToArray());
    }

    private static PartVector Vector(ushort shared, ushort[] parts)
    {
        var vector = PartVector.Create();
        vector[0] = shared;
        for (var i = 0; i < parts.Length; i++)
        {
            vector[1 + i] = parts[i];
        }

        return vector;
    }
}
