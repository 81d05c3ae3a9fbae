namespace RaceLab.Python.Syntax;

internal sealed partial class Tokenizer
{
    /// <summary>
    /// The rest of a 3.12+ f-string (PEP 701) up to its closing quotes, or, in a format spec, up to the '}' that
    /// closes the field. Replacement fields are skipped as code: strings inside them are read as whole tokens,
    /// so they may reuse the f-string's own quotes.
    /// </summary>
    private void ReadFStringBody(int start, char quote, bool triple, bool raw, bool inSpec)
    {
        while (true)
        {
            if (_position >= _end)
            {
                throw UnterminatedString(start, triple, _end - 1);
            }

            var c = _text[_position];
            if (c == '\\' && !raw)
            {
                _position += 2;
                continue;
            }

            if (c == '\n' && !triple)
            {
                throw UnterminatedString(start, triple, _position);
            }

            if (c == quote && (!triple || (_position + 2 < _end && _text[_position + 1] == quote && _text[_position + 2] == quote)))
            {
                if (inSpec)
                {
                    return; // the parser reports the unfinished field
                }

                _position += triple ? 3 : 1;
                return;
            }

            if (c == '{' && !inSpec && Peek(1) == '{')
            {
                _position += 2;
                continue;
            }

            if (c == '{')
            {
                _position++;
                SkipReplacementField(start, quote, triple, raw);
                continue;
            }

            if (c == '}' && inSpec)
            {
                return;
            }

            _position += c == '}' && Peek(1) == '}' ? 2 : 1;
        }
    }

    private void SkipReplacementField(int start, char quote, bool triple, bool raw)
    {
        var depth = 0;
        while (true)
        {
            if (_position >= _end)
            {
                throw UnterminatedString(start, triple, _end - 1);
            }

            var c = _text[_position];
            if (c is '\'' or '"')
            {
                ReadNestedString(_position, c == quote);
                continue;
            }

            if (IsIdentifierStart(c))
            {
                var word = _position;
                ReadIdentifier();
                if (_position < _end && _text[_position] is '\'' or '"' && IsStringPrefix(_text[word.._position]))
                {
                    ReadNestedString(word, _text[_position] == quote);
                }

                continue;
            }

            switch (c)
            {
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']':
                    depth--;
                    break;
                case '}' when depth == 0:
                    _position++;
                    return;
                case '}':
                    depth--;
                    break;
                case ':' when depth == 0:
                    _position++;
                    ReadFStringBody(start, quote, triple, raw, inSpec: true);
                    if (_position < _end && _text[_position] == '}')
                    {
                        _position++;
                    }

                    return;
                case '\\':
                    _position++;
                    break;
            }

            _position++;
        }
    }

    /// <summary>A string inside a replacement field; one that never ends is the field's missing '}' when it reuses the f-string's quote.</summary>
    private void ReadNestedString(int start, bool sameQuote)
    {
        try
        {
            ReadString(start);
        }
        catch (PythonSyntaxException) when (sameQuote)
        {
            throw _source.Error(start, "f-string: expecting '}'");
        }
    }

    private char Peek(int ahead) => _position + ahead < _end ? _text[_position + ahead] : '\0';

    private PythonSyntaxException UnterminatedString(int start, bool triple, int detectedAt)
    {
        var line = _source.Line(Math.Max(start, detectedAt));
        return triple
            ? _source.Error(start, $"unterminated triple-quoted string literal (detected at line {line})")
            : _source.Error(start, $"unterminated string literal (detected at line {line})");
    }
}
