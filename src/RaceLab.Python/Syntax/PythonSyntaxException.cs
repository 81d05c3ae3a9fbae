namespace RaceLab.Python.Syntax;

/// <summary>
/// A syntax error or a construct outside RaceLab's subset, at a place in a Python source file.
/// <see cref="Column"/> is 1-based, as humans and CPython's <c>SyntaxError.offset</c> count (in characters).
/// </summary>
public sealed class PythonSyntaxException : Exception
{
    public PythonSyntaxException(string fileName, int line, int column, string message)
        : base(message)
    {
        FileName = fileName;
        Line = line;
        Column = column;
    }

    public string FileName { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary><c>prog.py:3:5: unsupported construct: class definition</c>.</summary>
    public string Describe() => $"{FileName}:{Line}:{Column}: {Message}";

    public override string ToString() => Describe();
}
