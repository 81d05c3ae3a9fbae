using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Tests.Threading;

/// <summary>Redraw is Next inlined for POS: it must give the same numbers, or a seed would give another schedule.</summary>
public sealed class XoshiroTests
{
    [Theory]
    [InlineData(1UL, 0b1011_0110UL)]
    [InlineData(12570163593899035840UL, ulong.MaxValue)]
    [InlineData(7UL, 0UL)]
    public void Redraw_GivesEachMaskedSlotTheNextNumberLowestFirst_AndLeavesTheStateAsNextWould(ulong seed, ulong mask)
    {
        var inlined = new Xoshiro(seed);
        var reference = new Xoshiro(seed);
        var values = new ulong[64];
        var expected = new ulong[64];

        inlined.Redraw(values, mask);
        for (var i = 0; i < 64; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                expected[i] = reference.Next();
            }
        }

        Assert.Equal(expected, values);
        Assert.Equal(reference.Next(), inlined.Next());
    }

    [Fact]
    public void Below_IsTheTopBitsModuloN()
    {
        var random = new Xoshiro(3);
        var reference = new Xoshiro(3);
        for (var n = 1; n < 200; n++)
        {
            Assert.Equal((int)((reference.Next() >> 33) % (ulong)n), random.Below(n));
        }
    }
}
