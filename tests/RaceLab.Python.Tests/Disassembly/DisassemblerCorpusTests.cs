using System.Text.RegularExpressions;
using RaceLab.Python.Disassembly;
using RaceLab.Python.Tests.Corpus;

namespace RaceLab.Python.Tests.Disassembly;

public sealed partial class DisassemblerCorpusTests
{
    public static TheoryData<string, string> Cases => GoldenCorpus.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void DisassembleModule_CorpusProgram_MatchesRealDis(string name, string version)
    {
        var code = GoldenCorpus.Code(name, version);

        var text = Disassembler.DisassembleModule(code);

        Assert.Equal(Normalise(GoldenCorpus.Dis(name, version)), Normalise(text));
    }

    [Fact]
    public void DisassembleModule_NestedFunction_PrintsStableCodeObjectAddresses()
    {
        var code = GoldenCorpus.Code(GoldenCorpus.Names.First(HasNestedCode), "3.11");

        Assert.Equal(Disassembler.DisassembleModule(code), Disassembler.DisassembleModule(code));
        Assert.Matches(CodeAddress(), Disassembler.DisassembleModule(code));
    }

    private static bool HasNestedCode(string name) =>
        GoldenCorpus.Code(name, "3.11").NestedCode.Any(c => c.NestedCode.Any());

    // Real dis prints the object's memory address; only that part is normalised.
    private static string Normalise(string text) => CodeAddress().Replace(text, "at 0x?");

    [GeneratedRegex("at 0x[0-9a-f]+")]
    private static partial Regex CodeAddress();
}
