using System.Text.RegularExpressions;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Tests.Corpus;

/// <summary>
/// The compiler and dis golden corpus: small Python programs (Corpus/Programs/NAME.py) and what real CPython
/// 3.9 to 3.13 made of them (Corpus/Golden/NAME/3.X.dis and 3.X.code.json, recorded by golden.py), copied to
/// the test output folder so that the tests need neither Python nor the shared folder.
/// </summary>
public static partial class GoldenCorpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string ProgramsDirectory { get; } = Path.Combine(Root, "Programs");

    public static string GoldenDirectory { get; } = Path.Combine(Root, "Golden");

    /// <summary>The program names (file names without .py), in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(ProgramsDirectory, "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>Every program × version label ("3.9" … "3.13"): one theory case each.</summary>
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in Names)
            {
                foreach (var version in PythonVersions.All)
                {
                    cases.Add(name, version.Label());
                }
            }

            return cases;
        }
    }

    public static string FileName(string name) => name + ".py";

    public static string Source(string name) => File.ReadAllText(Path.Combine(ProgramsDirectory, FileName(name)));

    public static string DisPath(string name, PythonVersion version) =>
        Path.Combine(GoldenDirectory, name, version.Label() + ".dis");

    public static string CodeJsonPath(string name, PythonVersion version) =>
        Path.Combine(GoldenDirectory, name, version.Label() + ".code.json");

    /// <summary>What golden.py recorded from real <c>dis</c> for every code object among the module's constants.</summary>
    public static string Dis(string name, PythonVersion version) => File.ReadAllText(DisPath(name, version));

    public static string Dis(string name, string versionLabel) => Dis(name, Version(versionLabel));

    public static string CodeJson(string name, PythonVersion version) => File.ReadAllText(CodeJsonPath(name, version));

    public static string CodeJson(string name, string versionLabel) => CodeJson(name, Version(versionLabel));

    /// <summary>The module's code object exactly as that CPython compiled it.</summary>
    public static CodeObject Code(string name, PythonVersion version) =>
        CodeObjectJson.Load(CodeJson(name, version), version, FileName(name));

    public static CodeObject Code(string name, string versionLabel) => Code(name, Version(versionLabel));

    /// <summary>
    /// Real <c>dis</c> prints nested code objects as <c>&lt;code object inner at 0x7f..., file ...&gt;</c>: the
    /// address differs from run to run, so comparisons replace it with <c>at 0x?</c> on both sides.
    /// </summary>
    public static string NormalizeAddresses(string dis) => AddressPattern().Replace(dis, "at 0x?");

    /// <summary>Null when the two listings are equal (addresses normalised), else where they first differ.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var want = NormalizeAddresses(expected).Split('\n');
        var got = NormalizeAddresses(actual).Split('\n');
        for (var i = 0; i < Math.Max(want.Length, got.Length); i++)
        {
            var w = i < want.Length ? want[i] : "<end>";
            var g = i < got.Length ? got[i] : "<end>";
            if (!string.Equals(w, g, StringComparison.Ordinal))
            {
                return $"line {i + 1}:\n  want: {w}\n  got:  {g}";
            }
        }

        return null;
    }

    public static PythonVersion Version(string label) =>
        PythonVersions.TryParse(label, out var version)
            ? version.Value
            : throw new ArgumentException($"not a CPython version label: {label}", nameof(label));

    [GeneratedRegex("at 0x[0-9a-f]+")]
    private static partial Regex AddressPattern();
}
