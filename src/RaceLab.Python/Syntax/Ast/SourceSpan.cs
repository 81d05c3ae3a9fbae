namespace RaceLab.Python.Syntax;

/// <summary>
/// CPython's node position: lines 1-based, columns 0-based offsets in UTF-8 bytes of the line
/// (lineno, col_offset, end_lineno, end_col_offset). <see cref="None"/> (all -1) is the position of nodes
/// CPython's optimizer creates without one; its compiler then keeps the previous instruction's location.
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan None => new(-1, -1, -1, -1);

    public bool IsNone => Line < 0;

    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
