using RaceLab.IlView.Analysis;
using RaceLab.IlView.Native;

namespace RaceLab.IlView.Tests.Native;

/// <summary>The arm64 marking rules on hand-written listings in the JIT's arm64 syntax (no arm64 machine here to record one).</summary>
public class Arm64AnnotatorTests
{
    private static JitListing Listing(params string[] loopBody) => new(
        "A.B:Increment32(int)",
        "Tier1",
        [],
        ["G_M000_IG03:                ;; offset=0x0008", .. loopBody.Select(l => "            " + l), "            subs     w0, w0, #1", "            bne      G_M000_IG03"]);

    [Fact]
    public void LoadAddStoreOfTheSameAddress_IsAnUnprotectedWindow()
    {
        var listing = NativeAnnotator.Annotate(
            Listing("ldr      w2, [x1]", "add      w2, w2, #1", "str      w2, [x1]"), "Arm64", Verdict.UnprotectedWindow);
        Assert.Equal(3, listing.Lines.Count(l => l.InWindow));
        Assert.StartsWith("The increment is 3 instructions", listing.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void LseAtomicAdd_IsAtomic()
    {
        var listing = NativeAnnotator.Annotate(Listing("ldaddal  w2, w3, [x1]"), "Arm64", Verdict.AtomicInLoop);
        Assert.Equal("ldaddal w2, w3, [x1]", listing.Increment);
        Assert.Contains("arm64 atomic instruction", listing.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(listing.Lines, l => l.InWindow);
    }
}
