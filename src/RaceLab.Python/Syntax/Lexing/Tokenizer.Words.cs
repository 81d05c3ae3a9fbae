using System.Globalization;

namespace RaceLab.Python.Syntax;

internal sealed partial class Tokenizer
{
    private static readonly string[] Operators =
    [
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=",
        "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":",
        ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}", "~",
    ];

    private static bool IsIdentifierStart(char c) =>
        char.IsAsciiLetter(c) || c == '_' || (c >= 0x80 && (char.IsLetter(c) || char.IsSurrogate(c) || IsOtherIdStart(c)));

    private static bool IsIdentifierPart(char c) =>
        IsIdentifierStart(c) || char.IsAsciiDigit(c) || (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.ConnectorPunctuation);

    private static bool IsOtherIdStart(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsStringPrefix(string word) => word.ToLowerInvariant() is
        "r" or "u" or "f" or "b" or "br" or "rb" or "fr" or "rf";

    private void ReadIdentifier()
    {
        while (_position < _end && IsIdentifierPart(_text[_position]))
        {
            _position++;
        }
    }

    private Token ReadOperator()
    {
        var start = _position;
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(_text, start, op, 0, op.Length) == 0 && start + op.Length <= _end)
            {
                _position += op.Length;
                TrackBracket(op[0], start);
                return new Token(TokenKind.Operator, op, start, _position);
            }
        }

        var c = _text[start];
        if (c < 0x80 || char.IsWhiteSpace(c))
        {
            throw _source.Error(start, "invalid syntax");
        }

        var codePoint = char.IsHighSurrogate(c) && start + 1 < _end ? char.ConvertToUtf32(c, _text[start + 1]) : c;
        throw _source.Error(start, $"invalid character '{char.ConvertFromUtf32(codePoint)}' (U+{codePoint:X4})");
    }

    private void TrackBracket(char c, int offset)
    {
        switch (c)
        {
            case '(' or '[' or '{':
                _brackets.Push((c, offset));
                break;
            case ')' or ']' or '}':
                if (_brackets.Count == 0)
                {
                    throw _source.Error(offset, $"unmatched '{c}'");
                }

                var (open, openOffset) = _brackets.Pop();
                if ((open, c) is not ('(', ')') and not ('[', ']') and not ('{', '}'))
                {
                    var message = $"closing parenthesis '{c}' does not match opening parenthesis '{open}'";
                    if (_source.Line(openOffset) != _source.Line(offset))
                    {
                        message += $" on line {_source.Line(openOffset)}";
                    }

                    throw _source.Error(offset, message);
                }

                break;
        }
    }
}
