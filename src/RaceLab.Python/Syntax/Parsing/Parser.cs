using System.Globalization;
using System.Text;

namespace RaceLab.Python.Syntax;

/// <summary>
/// Recursive-descent parser for RaceLab's Python subset, following CPython's grammar (Grammar/python.gram) so
/// that every node gets the span CPython's PEG parser gives it: from the first token the rule consumed to the
/// last one. Constructs outside the subset fail at their first token with "unsupported construct: ...".
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    private readonly SourceText _source;
    private readonly Tokenizer _tokenizer;
    private readonly PythonVersion _version;
    private readonly List<Token> _tokens = [];
    private readonly ColumnShift _shift;
    private int _index;
    private Token _previous = new(default, string.Empty, 0, 0);
    private int _functionDepth;
    private int _loopDepth;

    public Parser(SourceText source, PythonVersion version)
        : this(source, version, new Tokenizer(source, 0, source.Text.Length, insideBrackets: false, nestedFStrings: version >= PythonVersion.Py312), ColumnShift.None)
    {
    }

    private Parser(SourceText source, PythonVersion version, Tokenizer tokenizer, ColumnShift shift)
    {
        _source = source;
        _version = version;
        _tokenizer = tokenizer;
        _shift = shift;
    }

    private Token Current => Peek(0);

    private Token Peek(int ahead)
    {
        while (_tokens.Count <= _index + ahead)
        {
            _tokens.Add(_tokenizer.Next());
        }

        return _tokens[_index + ahead];
    }

    private Token Advance()
    {
        var token = Current;
        if (token.Kind != TokenKind.EndMarker)
        {
            _index++;
        }

        _previous = token;
        return token;
    }

    private static bool IsKeyword(Token token) => token.Kind == TokenKind.Name && Keywords.Contains(token.Text);

    private bool At(string text) => Current.Is(text);

    private bool AtOperator(string op) => Current.Kind == TokenKind.Operator && Current.Text == op;

    private bool AtKeyword(string keyword) => Current.Kind == TokenKind.Name && Current.Text == keyword;

    private bool Accept(string text)
    {
        if (!At(text))
        {
            return false;
        }

        Advance();
        return true;
    }

    private Token Expect(string text, string? message = null)
    {
        if (!At(text))
        {
            throw ErrorAt(Current, message ?? "invalid syntax");
        }

        return Advance();
    }

    private Token ExpectName()
    {
        if (Current.Kind != TokenKind.Name || IsKeyword(Current))
        {
            throw ErrorAt(Current, "invalid syntax");
        }

        var token = Advance();
        return token with { Text = Identifier(token) };
    }

    /// <summary>
    /// CPython normalizes non-ASCII identifiers to NFKC (PEP 3131), so "ﬁ" and "fi" are one name. .NET cannot
    /// normalize under invariant globalization, so a name NFKC might change is refused rather than mis-named.
    /// </summary>
    private string Identifier(Token token)
    {
        if (Ascii.IsValid(token.Text))
        {
            return token.Text;
        }

        foreach (var c in token.Text)
        {
            if (MayChangeUnderNfkc(c))
            {
                throw Unsupported(token, "identifier that Python would rewrite by NFKC normalization");
            }
        }

        return token.Text;
    }

    private static bool MayChangeUnderNfkc(char c) =>
        c is '\u00AA' or '\u00B2' or '\u00B3' or '\u00B5' or '\u00B9' or '\u00BA' or '\u0149' or '\u017F'
        || c is >= '\u02B0' and <= '\u02FF' // modifier letters
        || c is >= '\u1100' and <= '\u11FF' // conjoining jamo (compose into syllables)
        || c is >= '\u1D2C' and <= '\u1DBF' // phonetic modifiers
        || c is >= '\u2070' and <= '\u218F' // super/subscripts, letterlike symbols, roman numerals
        || c is >= '\u2460' and <= '\u24FF' // enclosed alphanumerics
        || c is >= '\u3130' and <= '\u318F' // compatibility jamo
        || c is >= '\u3200' and <= '\u33FF' // enclosed CJK, CJK compatibility
        || c is >= '\uF900' and <= '\uFAFF' // CJK compatibility ideographs
        || c is >= '\uFB00' and <= '\uFDFF' // ligatures, presentation forms
        || c is >= '\uFE70' and <= '\uFEFF' // Arabic presentation forms
        || c is >= '\uFF00' and <= '\uFFEF' // fullwidth and halfwidth forms
        || char.IsSurrogate(c) // mathematical alphanumerics live beyond the BMP
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    /// <summary>The span of a rule that started at <paramref name="start"/> and ends with the last consumed token.</summary>
    private SourceSpan SpanFrom(int start) => MakeSpan(start, _previous.End);

    private SourceSpan MakeSpan(int start, int end)
    {
        var line = _source.Line(start);
        var endLine = _source.Line(end);
        return new SourceSpan(line, Column(start, line), endLine, Column(end, endLine));
    }

    private int Column(int offset, int line)
    {
        var column = _source.ByteColumn(offset);
        return line == _shift.Line ? column + _shift.Columns : column;
    }

    private static SourceSpan Join(SourceSpan first, SourceSpan last) => new(first.Line, first.Column, last.EndLine, last.EndColumn);

    private PythonSyntaxException ErrorAt(Token token, string message)
    {
        // At the end of the file CPython points at the last newline, not past it.
        var at = token.Start;
        if (at >= _source.Text.Length && at > 0 && _source.Text[^1] == '\n')
        {
            at = _source.Text.Length - 1;
        }

        return _source.Error(at, message);
    }

    private PythonSyntaxException ErrorAt(Node node, string message) =>
        new(_source.FileName, node.Span.Line, _source.CharColumnOfByte(node.Span.Line, node.Span.Column), message);

    private PythonSyntaxException Unsupported(Token token, string construct) => ErrorAt(token, "unsupported construct: " + construct);

    /// <summary>CPython 3.9 shifts the columns of f-string expressions on one line (see Parser.FStrings.cs).</summary>
    private readonly record struct ColumnShift(int Line, int Columns)
    {
        public static ColumnShift None => new(-1, 0);
    }
}
