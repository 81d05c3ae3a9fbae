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
