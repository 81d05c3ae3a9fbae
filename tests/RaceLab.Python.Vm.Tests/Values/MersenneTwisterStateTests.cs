using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Tests.Values;

/// <summary>
/// The explorer keys a generator by its seed key and the words drawn since: two generators must get one key
/// exactly when their whole states (the 624 words and the position) are equal.
/// </summary>
public sealed class MersenneTwisterStateTests
{
    [Fact]
    public void State_SameSeedSameDraws_IsOneKeyAndOneFuture()
    {
        var a = new MersenneTwister();
        var b = new MersenneTwister();
        a.Seed(12345);
        b.Seed(12345);
        for (var i = 0; i < 650; i++)
        {
            a.NextUInt32();
            b.NextUInt32();
        }

        Assert.Equal(a.State(), b.State());
        Assert.Equal(Future(a), Future(b));
    }

    [Fact]
    public void State_OneMoreDrawOrAnotherSeed_IsAnotherKey()
    {
        var a = new MersenneTwister();
        var b = new MersenneTwister();
        a.Seed(7);
        b.Seed(7);
        b.NextUInt32();
        Assert.NotEqual(a.State(), b.State());

        var c = new MersenneTwister();
        c.Seed(8);
        Assert.NotEqual(a.State(), c.State());
    }

    [Fact]
    public void State_LongKeysDifferingInOneWord_AreDifferentKeys()
    {
        var key = Enumerable.Range(0, 624).Select(i => (uint)(i * 2654435761u)).ToArray();
        var other = (uint[])key.Clone();
        other[500] ^= 1;
        var a = new MersenneTwister();
        var b = new MersenneTwister();
        a.Seed(key);
        b.Seed(other);

        Assert.NotEqual(a.State(), b.State());
        Assert.NotEqual(Future(a), Future(b));
    }

    [Fact]
    public void State_ReseededAfterDraws_IsTheFreshlySeededKey()
    {
        var a = new MersenneTwister();
        a.Seed(3);
        a.NextDouble();
        a.Seed(3);
        var b = new MersenneTwister();
        b.Seed(3);

        Assert.Equal(a.State(), b.State());
        Assert.Equal(Future(a), Future(b));
    }

    private static uint[] Future(MersenneTwister generator)
    {
        var copy = generator.Clone();
        return [.. Enumerable.Range(0, 700).Select(_ => copy.NextUInt32())];
    }
}
