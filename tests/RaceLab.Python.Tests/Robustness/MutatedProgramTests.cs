using System.Text.RegularExpressions;
using CsCheck;
using RaceLab.Python.Syntax;
using RaceLab.Python.Tests.Corpus;
using Xunit.Abstractions;

namespace RaceLab.Python.Tests.Robustness;

/// <summary>
/// Damaged programs: corpus programs with a token deleted, duplicated or swapped with its neighbour, cut short,
/// or with random characters inserted. Every one must either compile or be refused as <c>file:line:col: what</c>
/// (a PythonSyntaxException) — never any other exception — on every version.
/// </summary>
public sealed partial class MutatedProgramTests(ITestOutputHelper output)
{
    private const int Iterations = 2_000;

    private static readonly string[] Sources = [.. GoldenCorpus.Names.Select(n => File.ReadAllText(Path.Combine(GoldenCorpus.ProgramsDirectory, n + ".py")))];

    private static readonly string[][] Tokens = [.. Sources.Select(s => TokenPattern().Matches(s).Select(m => m.Value).ToArray())];

    private static readonly Gen<string> Mutated =
        from program in Gen.Int[0, Sources.Length - 1]
        from kind in Gen.Int[0, 4]
        from position in Gen.Double[0, 1]
        from noise in Gen.String[Gen.Char.Where(c => !char.IsSurrogate(c)), 1, 4]
        select Mutate(program, kind, position, noise);

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void DamagedProgram_CompilesOrIsRefusedWithItsPosition(string versionLabel)
    {
        Assert.True(PythonVersions.TryParse(versionLabel, out var parsed));
        var version = parsed.Value;
        var compiled = 0;
        var refused = 0;
        Mutated.Sample(
            source =>
            {
                try
                {
                    PythonCompiler.Compile(source, "prog.py", version);
                    Interlocked.Increment(ref compiled);
                }
                catch (PythonSyntaxException e)
                {
                    Assert.Matches(PositionPattern(), e.Describe());
                    Interlocked.Increment(ref refused);
                }
            },
            iter: Iterations,
            seed: "0N0XIzNsQ0O2");
        output.WriteLine($"{versionLabel}: {Iterations} damaged programs, {compiled} compiled, {refused} refused with a position");
        Assert.Equal(Iterations, compiled + refused);
        Assert.True(refused > Iterations / 10, "the mutations should mostly break programs");
    }

    private static string Mutate(int program, int kind, double position, string noise)
    {
        var tokens = Tokens[program].ToList();
        var at = Math.Min((int)(position * tokens.Count), tokens.Count - 1);
        switch (kind)
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(at, tokens[at]);
                break;
            case 2 when at + 1 < tokens.Count:
                (tokens[at], tokens[at + 1]) = (tokens[at + 1], tokens[at]);
                break;
            case 3:
                return Sources[program][..(int)(position * Sources[program].Length)];
            default:
                tokens.Insert(at, noise);
                break;
        }

        return string.Concat(tokens);
    }

    // Words, numbers, strings, operators, runs of spaces and line breaks: joined back, they are the source.
    [GeneratedRegex(@"[A-Za-z_][A-Za-z_0-9]*|\d+(\.\d+)?|""[^""\n]*""|'[^'\n]*'|[ \t]+|\r?\n|.", RegexOptions.Singleline)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^prog\.py:\d+:\d+: \S")]
    private static partial Regex PositionPattern();
}
