namespace RaceLab.Python.Syntax;

/// <summary>Parses a Python module of RaceLab's subset into a tree with CPython's node positions.</summary>
public static class PythonParser
{
    /// <summary>Parses with the positions of the newest supported release (3.13).</summary>
    /// <exception cref="PythonSyntaxException">A syntax error or a construct outside the subset.</exception>
    public static ModuleNode Parse(string source, string fileName) => Parse(source, fileName, PythonVersion.Py313);

    /// <summary>
    /// Parses exactly as <paramref name="version"/>'s <c>ast.parse</c> would: f-strings in particular are shaped
    /// and positioned differently before and after 3.12 (PEP 701).
    /// </summary>
    /// <exception cref="PythonSyntaxException">A syntax error or a construct outside the subset.</exception>
    public static ModuleNode Parse(string source, string fileName, PythonVersion version)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        var text = new SourceText(source, fileName);
        var nul = text.Text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw text.Error(nul, "source code cannot contain null bytes");
        }

        return new Parser(text, version).ParseModule();
    }
}
