using System.Runtime.CompilerServices;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Analysis;
using RaceLab.IlView.Native;

namespace RaceLab.IlView.Tests.Native;

/// <summary>
/// Marking and explaining real JIT output: JitSamples/x64-all-strategies.txt is what .NET 10's JIT printed for every
/// strategy (DOTNET_JitDisasm) during a `racelab run`, so these tests do not depend on the machine they run on.
/// </summary>
public class NativeAnnotatorTests
{
    private static readonly IReadOnlyList<JitListing> _sample = JitListingParser.Parse(File.ReadAllText(SamplePath()));

    private static NativeListing Listing(StrategyKind kind) =>
        Assert.Single(NativeListings.FromListings([(kind, IlListings.For(kind).Verdict)], _sample, "X64"));

    [Fact]
    public void FromListings_PicksTheLastTierCompiled()
    {
        var listing = Listing(StrategyKind.Unsafe);
        Assert.Equal("Tier1", listing.Tier);
        Assert.Contains("optimized using Dynamic PGO", listing.Details);
    }

    [Fact]
    public void Unsafe_IncrementIsAMemoryIncWithoutLock_MarkedAsTheWindow()
    {
        var listing = Listing(StrategyKind.Unsafe);
        Assert.Equal("inc dword ptr [rax]", listing.Increment);
        var line = Assert.Single(listing.Lines, l => l.InWindow);
        Assert.Equal(Access.NonAtomicUpdate, line.Access);
        Assert.True(line.InLoop);
        Assert.Equal("read-modify-write, NOT atomic: no lock prefix", line.Note);
        Assert.StartsWith("`inc dword ptr [rax]` is a single x64 instruction", listing.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Volatile_CompilesToTheSameIncAsUnsafe()
    {
        var listing = Listing(StrategyKind.Volatile);
        Assert.Equal("inc dword ptr [rax]", listing.Increment);
        Assert.Contains("the very same `inc dword ptr [rax]` as unsafe", listing.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Interlocked_IncrementIsLockPrefixed()
    {
        var listing = Listing(StrategyKind.Interlocked);
        Assert.Equal("lock inc dword ptr [rax]", listing.Increment);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
        Assert.Contains(listing.Lines, l => l.Access == Access.Atomic && l.InLoop);
    }

    [Theory]
    [InlineData(StrategyKind.Lock, "Monitor:TryEnter_FastPath")]
    [InlineData(StrategyKind.LockType, "Lock:EnterAndGetCurrentThreadId")]
    [InlineData(StrategyKind.SpinLock, "lock cmpxchg")]
    public void Locks_PlainIncInsideTheLock(StrategyKind kind, string acquire)
    {
        var listing = Listing(kind);
        Assert.Matches(@"^inc dword ptr \[\w+\]$", listing.Increment);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
        Assert.Contains(listing.Lines, l => l.Note == "read-modify-write, inside the lock");
        Assert.Contains(acquire, listing.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalSum_LoopIsRegisterOnly_SharedUpdateIsOneLockAddAfter()
    {
        var listing = Listing(StrategyKind.LocalSum);
        Assert.Equal("lock add dword ptr [rcx], eax", listing.Increment);
        Assert.DoesNotContain(listing.Lines, l => l.InLoop && l.Access != Access.None);
    }

    [Fact]
    public void Striped_PlainIncOfItsOwnCell_IsNotAWindow()
    {
        var listing = Listing(StrategyKind.Striped);
        Assert.Equal("inc qword ptr [rax]", listing.Increment);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
        Assert.Contains("this thread's own padded cell", listing.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Tier0_UnsafeStillUpdatesMemoryWithoutLock()
    {
        var tier0 = _sample.First(l => l.Method.StartsWith("RaceLab.Experiment.Strategies.UnsafeStrategy:", StringComparison.Ordinal));
        Assert.Equal("Instrumented Tier0", tier0.Tier);
        var listing = NativeAnnotator.Annotate(tier0, "X64", Verdict.UnprotectedWindow);
        Assert.Contains(listing.Lines, l => l.InWindow && l.Access == Access.NonAtomicUpdate);
    }

    [Fact]
    public void FromListings_MethodMissing_SaysTheListingIsUnavailable()
    {
        var exception = Assert.Throws<IlViewException>(() => NativeListings.FromListings([(StrategyKind.Unsafe, Verdict.UnprotectedWindow)], [], "X64"));
        Assert.StartsWith("the JIT listing is unavailable", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capture_ProgramMissing_SaysTheListingIsUnavailable()
    {
        var exception = Assert.Throws<IlViewException>(() =>
            JitDisasmRunner.Capture(new ChildCommand("/nonexistent/racelab-child", []), "X:Y", TimeSpan.FromSeconds(5)));
        Assert.StartsWith("the JIT listing is unavailable", exception.Message, StringComparison.Ordinal);
    }

    private static string SamplePath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here))!, "JitSamples", "x64-all-strategies.txt");
}
