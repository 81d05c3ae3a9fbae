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
