namespace RaceLab.Python.Tests.Syntax;

/// <summary>
/// The front end's golden cases: Syntax/Cases/NAME.py with, per version, NAME/3.X.ast written by
/// tools/ast-golden.py from that real interpreter's ast.parse; Syntax/ScopeCases/NAME.py with NAME/3.X.scopes
/// written by tools/scope-golden.py from the real code objects' co_varnames / co_cellvars / co_freevars.
/// </summary>
internal static class SyntaxCases
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Syntax", "Cases");

    public static string ScopeFolder => Path.Combine(AppContext.BaseDirectory, "Syntax", "ScopeCases");

    /// <summary>Programs only 3.12+ can parse (PEP 701 f-strings), with goldens for 3.12 and 3.13.</summary>
    public static string Folder312 => Path.Combine(AppContext.BaseDirectory, "Syntax", "Cases312");

    public static IEnumerable<PythonVersion> Versions312 => [PythonVersion.Py312, PythonVersion.Py313];

    public static IEnumerable<string> Names => NamesIn(Folder);

    public static IEnumerable<string> ScopeNames => NamesIn(ScopeFolder);

    public static IEnumerable<string> Names312 => NamesIn(Folder312);

    public static string Source(string name) => File.ReadAllText(Path.Combine(Folder, name + ".py"));

    public static string ScopeSource(string name) => File.ReadAllText(Path.Combine(ScopeFolder, name + ".py"));

    public static string Source312(string name) => File.ReadAllText(Path.Combine(Folder312, name + ".py"));

    public static string GoldenPath312(string name, PythonVersion version) => Path.Combine(Folder312, name, version.Label() + ".ast");

    public static string GoldenPath(string name, PythonVersion version) => Path.Combine(Folder, name, version.Label() + ".ast");

    public static string ScopeGoldenPath(string name, PythonVersion version) => Path.Combine(ScopeFolder, name, version.Label() + ".scopes");

    public static TheoryData<string, string> Cases => Theory(Names);

    public static TheoryData<string, string> ScopeCases => Theory(ScopeNames);

    public static TheoryData<string, string> Cases312 => Theory(Names312, Versions312);

    private static IEnumerable<string> NamesIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.py").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);

    private static TheoryData<string, string> Theory(IEnumerable<string> names, IEnumerable<PythonVersion>? versions = null)
    {
        {
            var data = new TheoryData<string, string>();
            foreach (var name in names)
            {
                foreach (var version in versions ?? PythonVersions.All)
                {
                    data.Add(name, version.Label());
                }
            }

            return data;
        }
    }
}
