using RaceLab.Explorer.Keys;

namespace RaceLab.Explorer.Tests.Keys;

public sealed class FingerprintSetTests
{
    [Fact]
    public void Add_CountsEachFingerprintOnceThroughGrowth()
    {
        var set = new FingerprintSet();

        // Enough to grow the table several times; every value added twice, zero included.
        for (ulong i = 0; i < 100_000; i++)
        {
            Assert.True(set.Add(i * 0x9E3779B97F4A7C15UL));
        }

        for (ulong i = 0; i < 100_000; i++)
        {
            Assert.False(set.Add(i * 0x9E3779B97F4A7C15UL));
        }

        Assert.Equal(100_000, set.Count);
        Assert.False(set.Saturated);
    }
}
