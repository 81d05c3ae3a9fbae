using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Tests.Semantics;

/// <summary>
/// Single-purpose programs (Semantics/Programs/NAME.py) with real CPython's code objects and what real
/// CPython printed (Semantics/golden/NAME/3.X.code.json, 3.X.out, 3.X.exit), copied to the test output.
/// </summary>
public static class SemanticsCorpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Semantics");

    public static CodeObject Code(string name, PythonVersion version) =>
        CodeObjectJson.Load(File.ReadAllText(Path.Combine(Root, "golden", name, version.Label() + ".code.json")), version, name + ".py");

    /// <summary>A program's source (in Semantics/Programs/ or, for the library modules' programs, in Semantics/).</summary>
    public static string Source(string name)
    {
        var inPrograms = Path.Combine(Root, "Programs", name + ".py");
        return File.ReadAllText(File.Exists(inPrograms) ? inPrograms : Path.Combine(Root, name + ".py"));
    }

    public static string ExpectedOutput(string name, PythonVersion version) =>
        File.ReadAllText(Path.Combine(Root, "golden", name, version.Label() + ".out"));

    public static string ExpectedErrorOutput(string name, PythonVersion version) =>
        File.ReadAllText(Path.Combine(Root, "golden", name, version.Label() + ".err"));

    public static int ExpectedExitCode(string name, PythonVersion version) =>
        int.Parse(File.ReadAllText(Path.Combine(Root, "golden", name, version.Label() + ".exit")).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Programs whose printed output was recorded from real CPython, × every version.</summary>
    public static TheoryData<string, string> OutputCases => CasesWith("3.9.out");

    /// <summary>Programs whose stderr was recorded too (tools/semantics-golden.py --stderr), × every version.</summary>
    public static TheoryData<string, string> ErrorOutputCases => CasesWith("3.9.err");

    private static TheoryData<string, string> CasesWith(string goldenFile)
    {
        var cases = new TheoryData<string, string>();
        foreach (var name in Directory.GetDirectories(Path.Combine(Root, "golden")).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(Root, "golden", name!, goldenFile)))
            {
                foreach (var version in PythonVersions.All)
                {
                    cases.Add(name!, version.Label());
                }
            }
        }

        return cases;
    }
}
