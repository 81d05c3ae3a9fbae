using System.Reflection;
using RaceLab.Experiment.Strategies;

namespace RaceLab.Experiment.Tests.Strategies;

public class StrategyCatalogTests
{
    [Fact]
    public void All_ListsTheEightStrategiesInReportingOrder()
    {
        Assert.Equal(
            ["unsafe", "volatile", "interlocked", "lock", "lock-type", "spinlock", "local-sum", "striped"],
            StrategyCatalog.Names);
        Assert.Equal(Enum.GetValues<StrategyKind>(), StrategyCatalog.All);
    }

    [Theory]
    [InlineData("unsafe", StrategyKind.Unsafe)]
    [InlineData("LOCK-TYPE", StrategyKind.LockType)]
    [InlineData(" local-sum ", StrategyKind.LocalSum)]
    public void TryParse_KnownName_FindsStrategy(string name, StrategyKind expected)
    {
        Assert.True(StrategyCatalog.TryParse(name, out var kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void TryParse_UnknownName_Fails()
    {
        Assert.False(StrategyCatalog.TryParse("atomic", out var kind));
        Assert.Null(kind);
    }

    [Fact]
    public void IsSafe_OnlyUnsafeAndVolatileAreUnsafe()
    {
        Assert.Equal([StrategyKind.Unsafe, StrategyKind.Volatile], StrategyCatalog.All.Where(k => !StrategyCatalog.IsSafe(k)));
    }

    // `racelab il` finds the hot loops by these names in the assembly's metadata: keep them stable.
    [Theory]
    [InlineData(typeof(UnsafeStrategy))]
    [InlineData(typeof(VolatileStrategy))]
    [InlineData(typeof(InterlockedStrategy))]
    [InlineData(typeof(LockStrategy))]
    [InlineData(typeof(LockTypeStrategy))]
    [InlineData(typeof(SpinLockStrategy))]
    [InlineData(typeof(LocalSumStrategy))]
    [InlineData(typeof(StripedStrategy))]
    public void StrategyType_HasStaticIncrement32AndIncrement64(Type type)
    {
        Assert.Equal("RaceLab.Experiment.Strategies", type.Namespace);
        foreach (var name in new[] { "Increment32", "Increment64" })
        {
            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Static);
            Assert.NotNull(method);
            Assert.True(method.MethodImplementationFlags.HasFlag(MethodImplAttributes.NoInlining), $"{type.Name}.{name} must not be inlined");
        }
    }
}
