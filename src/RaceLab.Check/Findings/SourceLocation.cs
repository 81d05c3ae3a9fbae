namespace RaceLab.Check.Findings;

/// <summary>A span of a source file: lines 1-based, columns 1-based in characters (as editors, ruff and SARIF count).</summary>
public readonly record struct SourceLocation(int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceLocation At(int line, int column) => new(line, column, line, column);

    public override string ToString() => $"{Line}:{Column}";
}
