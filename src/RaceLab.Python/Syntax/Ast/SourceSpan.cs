namespace RaceLab.Python.Syntax;

/// <summary>
/// CPython's node position: lines 1-based, columns 0-based offsets in UTF-8 bytes of the line
/// (lineno, col_offset, end_lineno, end_col_offset).
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
