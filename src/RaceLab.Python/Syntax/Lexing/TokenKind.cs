namespace RaceLab.Python.Syntax;

internal enum TokenKind
{
    Name,
    Number,
    String,
    Operator,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}
