using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Analysis;

namespace RaceLab.IlView.Tests.Analysis;

public class IlVerdictTests
{
    private static List<string> Window(IlListing listing) =>
        [.. listing.Lines.Where(l => l.InWindow).Select(l => l.Text.Trim()[10..].Split(' ', 2)[0])];

    [Fact]
    public void Unsafe_IsLdsfldLdcAddStsfld_AnUnprotectedWindowOfFour()
    {
        var listing = IlListings.For(StrategyKind.Unsafe);
        Assert.Equal(Verdict.UnprotectedWindow, listing.Verdict);
        Assert.Equal(4, listing.WindowSize);
        Assert.Equal(["ldsfld", "ldc.i4.1", "add", "stsfld"], Window(listing));
        Assert.Contains(listing.Lines, l => l.Access == Access.Read && l.Text.EndsWith("UnsafeStrategy::Count", StringComparison.Ordinal));
        Assert.Contains(listing.Lines, l => l.Access == Access.Write && l.Text.EndsWith("UnsafeStrategy::Count", StringComparison.Ordinal));
        Assert.Contains("another thread can run between any two of them", listing.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Volatile_IsStillAWindowBetweenVolatileReadAndWrite()
    {
        var listing = IlListings.For(StrategyKind.Volatile);
        Assert.Equal(Verdict.VolatileWindow, listing.Verdict);
        Assert.Equal(["call", "ldc.i4.1", "add", "call"], Window(listing));
    }

    [Fact]
    public void Interlocked_HasOneAtomicCallAndNoWindow()
    {
        var listing = IlListings.For(StrategyKind.Interlocked);
        Assert.Equal(Verdict.AtomicInLoop, listing.Verdict);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
        var atomic = Assert.Single(listing.Lines, l => l.Access == Access.Atomic);
        Assert.Contains("call       int32 [System.Threading]System.Threading.Interlocked::Increment(int32&)", atomic.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StrategyKind.Lock, "Monitor.Enter")]
    [InlineData(StrategyKind.LockType, "Lock.EnterScope")]
    [InlineData(StrategyKind.SpinLock, "SpinLock.Enter")]
    public void Locks_PutTheSameFourInstructionsInsideTheLock(StrategyKind kind, string acquire)
    {
        var listing = IlListings.For(kind);
        Assert.Equal(Verdict.LockedWindow, listing.Verdict);
        Assert.Equal(4, listing.WindowSize);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
        Assert.Contains($"after {acquire} has taken the lock", listing.Explanation, StringComparison.Ordinal);
        Assert.Contains(listing.Lines, l => l.Text.Trim() == ".try");
        Assert.Contains(listing.Lines, l => l.Text.Trim() == "finally");
    }

    [Fact]
    public void LocalSum_TouchesSharedStateOnceAfterTheLoop()
    {
        var listing = IlListings.For(StrategyKind.LocalSum);
        Assert.Equal(Verdict.LocalThenAtomic, listing.Verdict);
        var atomic = Assert.Single(listing.Lines, l => l.Access == Access.Atomic);
        Assert.False(atomic.InLoop);
        Assert.DoesNotContain(listing.Lines, l => l.InLoop && l.Access != Access.None);
    }

    [Fact]
    public void Striped_WritesThroughARefToItsOwnCell()
    {
        var listing = IlListings.For(StrategyKind.Striped);
        Assert.Equal(Verdict.OwnCell, listing.Verdict);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
        Assert.Contains(listing.Lines, l => l.InLoop && l.Access == Access.RefWrite && l.Text.Contains("stind.i8", StringComparison.Ordinal));
    }

    [Fact]
    public void Listing_StartsWithTheMethodHeaderAndLocals()
    {
        var listing = IlListings.For(StrategyKind.Lock);
        Assert.Equal(".method public hidebysig static void Increment32(int32 iterations) cil managed noinlining", listing.Lines[0].Text);
        Assert.Contains(listing.Lines, l => l.Text == "  .locals init (int32 V_0, object V_1, bool V_2)");
        Assert.Equal("} // end of method LockStrategy::Increment32", listing.Lines[^1].Text);
    }
}
