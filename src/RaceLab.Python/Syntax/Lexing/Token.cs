namespace RaceLab.Python.Syntax;

/// <summary>A token: its kind, its text (operators and names as written, strings with prefix and quotes) and its character range.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Start, int End)
{
    public bool Is(string text) => (Kind is TokenKind.Operator or TokenKind.Name) && Text == text;

    public override string ToString() => $"{Kind} '{Text}' @{Start}";
}
