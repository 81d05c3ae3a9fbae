using System.Text.RegularExpressions;
using RaceLab.Python;
using RaceLab.Python.Syntax;
using Spectre.Console.Testing;

namespace RaceLab.Cli.Tests.Commands.Dis;

public sealed partial class DisHandlerTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in new[] { "inline_increment", "with_lock", "fstring_nested", "listcomp_in_function", "nonlocal_counter" })
            {
                foreach (var version in PythonVersions.All)
                {
                    cases.Add(name, version.Label());
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dis_OneVersion_WritesExactlyWhatRealDisPrinted(string name, string version)
    {
        var (exitCode, output) = DisRunner.Run(GoldenCompiler.Program(name), "--python", version);

        Assert.Equal(0, exitCode);
        Assert.Equal(Normalise(GoldenCompiler.Dis(name, version)), Normalise(output));
    }

    [Fact]
    public void Dis_AllVersions_PrintsEachVersionUnderItsHeading()
    {
        var (exitCode, output) = DisRunner.Run(GoldenCompiler.Program("inline_increment"), "--python", "all");

        Assert.Equal(0, exitCode);
        var expected = string.Concat(PythonVersions.All.Select(v =>
            $"=== CPython {v.Label()} ===\n" + GoldenCompiler.Dis("inline_increment", v.Label())));
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Dis_Function_PrintsOnlyThatCodeObject()
    {
        var (code, text) = DisRunner.Run(GoldenCompiler.Program("helper_increment"), "--python", "3.11", "--function", "incr");

        Assert.Equal(0, code);
        Assert.StartsWith("Disassembly of incr:\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Disassembly of worker", text, StringComparison.Ordinal);
        Assert.Contains("STORE_GLOBAL", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dis_UnknownFunction_ExitsWithUsageErrorNamingTheCodeObjects()
    {
        var (exitCode, output) = DisRunner.Run(GoldenCompiler.Program("helper_increment"), "--python", "3.11", "--function", "nope");

        Assert.Equal(2, exitCode);
        Assert.Contains("helper_increment.py has no function named nope", output, StringComparison.Ordinal);
        Assert.Contains("incr", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.8")]
    [InlineData("3.13t")]
    [InlineData("latest")]
    public void Dis_UnknownVersion_ExitsWithUsageError(string version)
    {
        var (exitCode, output) = DisRunner.Run(GoldenCompiler.Program("inline_increment"), "--python", version);

        Assert.Equal(2, exitCode);
        Assert.Contains($"--python {version}: unknown version", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dis_MissingFile_ExitsWithUsageError()
    {
        var (exitCode, output) = DisRunner.Run("no/such/prog.py", "--python", "3.9");

        Assert.Equal(2, exitCode);
        Assert.Contains("no/such/prog.py: no such file", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dis_Directory_ExitsWithUsageError()
    {
        var (exitCode, output) = DisRunner.Run(GoldenCompiler.Root, "--python", "3.9");

        Assert.Equal(2, exitCode);
        Assert.Contains("is a directory", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dis_CompilerRejectsTheProgram_ReportsFileLineColumnAndExits2()
    {
        var console = new TestConsole();

        var (exitCode, output) = DisRunner.Run(console, (_, file, _) => throw new PythonSyntaxException(file, 3, 5, "unsupported construct: class definition"), GoldenCompiler.Program("inline_increment"), "--python", "3.12");

        Assert.Equal(2, exitCode);
        Assert.Contains("racelab: error: inline_increment.py:3:5: unsupported construct: class definition", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static string Normalise(string text) => CodeAddress().Replace(text, "at 0x?");

    [GeneratedRegex("at 0x[0-9a-f]+")]
    private static partial Regex CodeAddress();
}
