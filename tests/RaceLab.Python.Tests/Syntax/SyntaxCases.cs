namespace RaceLab.Python.Tests.Syntax;

/// <summary>
/// The parser's golden cases: Syntax/Cases/NAME.py and, per version, NAME/3.X.ast written by
/// tools/ast-golden.py from that real interpreter's ast.parse.
/// </summary>
internal static class SyntaxCases
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Syntax", "Cases");

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Folder, "*.py").Select(p => Path.GetFileNameWithoutExtension(p)!).Order(StringComparer.Ordinal);

    public static string Source(string name) => File.ReadAllText(Path.Combine(Folder, name + ".py"));

    public static string GoldenPath(string name, PythonVersion version) => Path.Combine(Folder, name, version.Label() + ".ast");

    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in Names)
            {
                foreach (var version in PythonVersions.All)
                {
                    data.Add(name, version.Label());
                }
            }

            return data;
        }
    }
}
