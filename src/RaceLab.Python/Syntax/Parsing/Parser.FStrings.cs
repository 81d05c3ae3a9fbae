using System.Text;

namespace RaceLab.Python.Syntax;

internal sealed partial class Parser
{
    private List<FStringPiece> ScanFString(StringLiteral literal)
    {
        var pieces = new List<FStringPiece>();
        var position = ScanFStringPieces(literal, literal.BodyStart, 0, pieces);
        if (position < literal.BodyEnd)
        {
            throw _source.Error(position, "f-string: single '}' is not allowed");
        }

        return pieces;
    }

    /// <summary>
    /// Literal text and fields until the end of the body, or (inside a format spec, level 1) until the closing
    /// '}' of the enclosing field. Follows fstring_find_literal / fstring_find_expr of CPython 3.9-3.11.
    /// </summary>
    private int ScanFStringPieces(StringLiteral literal, int position, int level, List<FStringPiece> pieces)
    {
        var text = _source.Text;
        var end = literal.BodyEnd;
        while (true)
        {
            var literalStart = position;
            var value = new StringBuilder();
            var chunkStart = position;
            while (position < end)
            {
                var c = text[position++];
                if (!literal.Raw && c == '\\' && position < end)
                {
                    c = text[position++];
                    if (c == 'N')
                    {
                        throw Unsupported(literal.Token, "\\N{...} escape");
                    }
                }

                if (c is not ('{' or '}'))
                {
                    continue;
                }

                if (level == 0 && position < end && text[position] == c)
                {
                    value.Append(DecodeBody(literal, chunkStart, position));
                    position++;
                    chunkStart = position;
                    continue;
                }

                if (level == 0 && c == '}')
                {
                    throw _source.Error(position - 1, "f-string: single '}' is not allowed");
                }

                position--;
                break;
            }

            value.Append(DecodeBody(literal, chunkStart, position));
            if (position > literalStart)
            {
                pieces.Add(new FStringLiteral(value.ToString(), literalStart, position));
            }

            if (position >= end || text[position] == '}')
            {
                return position;
            }

            pieces.Add(ScanField(literal, ref position, level));
        }
    }

    private FStringField ScanField(StringLiteral literal, ref int position, int level)
    {
        var text = _source.Text;
        var end = literal.BodyEnd;
        var start = position;
        if (level >= 2)
        {
            throw _source.Error(start, "f-string: expressions nested too deeply");
        }

        position++;
        var expressionStart = position;
        position = FindExpressionEnd(literal, position);
        var expression = ParseFStringExpression(literal, expressionStart, position);
        var debugText = string.Empty;
        var debugEnd = position;
        if (text[position] == '=')
        {
            position++;
            while (position < end && text[position] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                position++;
            }

            debugText = text[expressionStart..position];
            debugEnd = position;
        }

        var conversion = -1;
        if (position < end && text[position] == '!')
        {
            position++;
            if (position >= end)
            {
                throw ExpectingBrace(position);
            }

            conversion = text[position];
            if (conversion is '}' or ':' && _version >= PythonVersion.Py312)
            {
                throw _source.Error(position, "f-string: missing conversion character");
            }

            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw _source.Error(position, _version >= PythonVersion.Py312
                    ? $"f-string: invalid conversion character '{(char)conversion}': expected 's', 'r', or 'a'"
                    : "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }

            position++;
        }

        List<FStringPiece>? spec = null;
        var specStart = position;
        if (position < end && text[position] == ':')
        {
            position++;
            spec = [];
            position = ScanFStringPieces(literal, position, level + 1, spec);
        }

        var specEnd = position;
        if (position >= end || text[position] != '}')
        {
            throw ExpectingBrace(position);
        }

        position++;
        if (debugText.Length > 0 && spec is null && conversion == -1)
        {
            conversion = 'r';
        }

        return new FStringField(expression, conversion, debugText, expressionStart, debugEnd, spec, specStart, specEnd, start, position);
    }

    private PythonSyntaxException ExpectingBrace(int position) => _source.Error(position, "f-string: expecting '}'");

    /// <summary>The end of a field's expression: the first '!', ':', '=', or '}' outside brackets and strings.</summary>
    private int FindExpressionEnd(StringLiteral literal, int position)
    {
        var text = _source.Text;
        var end = literal.BodyEnd;
        var quote = '\0';
        var triple = false;
        var brackets = new Stack<char>();
        for (; position < end; position++)
        {
            var c = text[position];
            if (c == '\\')
            {
                if (_version < PythonVersion.Py312)
                {
                    throw _source.Error(position, "f-string expression part cannot include a backslash");
                }

                position++;
                continue;
            }

            if (quote != '\0')
            {
                if (c == quote && (!triple || (position + 2 < end && text[position + 1] == c && text[position + 2] == c)))
                {
                    position += triple ? 2 : 0;
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    triple = position + 2 < end && text[position + 1] == c && text[position + 2] == c;
                    position += triple ? 2 : 0;
                    quote = c;
                    continue;
                case '(' or '[' or '{':
                    brackets.Push(c);
                    continue;
                case '#':
                    throw _source.Error(position, "f-string expression part cannot include '#'");
                case ')' or ']' or '}' when brackets.Count > 0:
                    var open = brackets.Pop();
                    if ((open, c) is not ('(', ')') and not ('[', ']') and not ('{', '}'))
                    {
                        throw _source.Error(position, $"f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                    }

                    continue;
                case ')' or ']':
                    throw _source.Error(position, $"f-string: unmatched '{c}'");
            }

            if (brackets.Count == 0 && c is '!' or ':' or '}' or '=' or '<' or '>')
            {
                if (position + 1 < end && (c, text[position + 1]) is ('!', '=') or ('=', '=') or ('<', '=') or ('>', '='))
                {
                    position++;
                    continue;
                }

                if (c is '<' or '>')
                {
                    continue;
                }

                return position;
            }
        }

        if (quote != '\0')
        {
            throw _source.Error(position, "f-string: unterminated string");
        }

        if (brackets.Count > 0)
        {
            throw _source.Error(position, $"f-string: unmatched '{brackets.Peek()}'");
        }

        throw ExpectingBrace(position);
    }

    /// <summary>
    /// Parses a field's expression in place, so its nodes get their true positions. CPython 3.9 mislocates
    /// the expression when its '{' is not on the string token's first line: it adds the token's column + 1 to
    /// every column on that line.
    /// </summary>
    private Expression ParseFStringExpression(StringLiteral literal, int start, int end)
    {
        if (string.IsNullOrWhiteSpace(_source.Text[start..end]))
        {
            throw _source.Error(end, _version >= PythonVersion.Py312
                ? $"f-string: valid expression required before '{_source.Text[end]}'"
                : "f-string: empty expression not allowed");
        }

        var shift = ColumnShift.None;
        var braceLine = _source.Line(start - 1);
        if (_version == PythonVersion.Py39 && braceLine != _source.Line(literal.Token.Start))
        {
            shift = new ColumnShift(braceLine, _source.ByteColumn(literal.Token.Start) + 1);
        }

        var parser = new Parser(_source, _version, new Tokenizer(_source, start, end, insideBrackets: true, nestedFStrings: _version >= PythonVersion.Py312), shift)
        {
            _functionDepth = _functionDepth,
            _loopDepth = _loopDepth,
        };
        var expression = parser.ParseStarExpressions();
        if (parser.Current.Kind != TokenKind.EndMarker)
        {
            throw parser.ErrorAt(parser.Current, "f-string: invalid syntax");
        }

        return expression;
    }
}
