using RaceLab.IlView.Native;

namespace RaceLab.IlView.Tests.Native;

public class JitListingParserTests
{
    private const string Sample = """
        ; Assembly listing for method A.B:M(int) (Instrumented Tier0)
        ; Instrumented Tier0 code

        G_M000_IG01:                ;; offset=0x0000
               push     rbp
               ret

        ; Total bytes of code 2

        ; Assembly listing for method A.B:M(int) (Tier1)
        ; Tier1 code
        ; optimized using Dynamic PGO

        G_M000_IG01:                ;; offset=0x0000
               inc      dword ptr [rax]

        ; Total bytes of code 9
        """;

    [Fact]
    public void Parse_TwoCompilations_SplitsThemInOrderWithTiers()
    {
        var listings = JitListingParser.Parse(Sample);
        Assert.Equal(["Instrumented Tier0", "Tier1"], listings.Select(l => l.Tier));
        Assert.All(listings, l => Assert.Equal("A.B:M(int)", l.Method));
        Assert.Equal(["Tier1 code", "optimized using Dynamic PGO"], listings[1].Details);
        Assert.Equal("G_M000_IG01:                ;; offset=0x0000", listings[1].Code[0]);
        Assert.Equal("; Total bytes of code 9", listings[1].Code[^1]);
    }

    [Fact]
    public void Parse_Empty_HasNoListing() => Assert.Empty(JitListingParser.Parse(string.Empty));
}
