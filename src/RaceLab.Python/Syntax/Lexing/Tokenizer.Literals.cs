namespace RaceLab.Python.Syntax;

internal sealed partial class Tokenizer
{
    private static readonly string[] KeywordsAfterNumber = ["and", "else", "for", "if", "in", "is", "not", "or"];

    private char Current => _position < _end ? _text[_position] : '\0';

    private Token ReadNumber()
    {
        var start = _position;
        var c = Current;
        if (c == '0' && _position + 1 < _end && char.ToLowerInvariant(_text[_position + 1]) is 'x' or 'o' or 'b')
        {
            var kind = char.ToLowerInvariant(_text[_position + 1]);
            _position += 2;
            var (name, isDigit) = kind switch
            {
                'x' => ("hexadecimal", (Func<char, bool>)char.IsAsciiHexDigit),
                'o' => ("octal", static ch => ch is >= '0' and <= '7'),
                _ => ("binary", static ch => ch is '0' or '1'),
            };
            do
            {
                if (Current == '_')
                {
                    _position++;
                }

                if (!isDigit(Current))
                {
                    if (char.IsAsciiDigit(Current) && kind != 'x')
                    {
                        throw _source.Error(_position, $"invalid digit '{Current}' in {name} literal");
                    }

                    throw _source.Error(_position - 1, $"invalid {name} literal");
                }

                while (isDigit(Current))
                {
                    _position++;
                }
            }
            while (Current == '_');

            if (char.IsAsciiDigit(Current))
            {
                throw _source.Error(_position, $"invalid digit '{Current}' in {name} literal");
            }

            VerifyEndOfNumber(start, name);
            return NumberToken(start);
        }

        if (c != '.')
        {
            ReadDecimalTail();
        }

        var isFloat = false;
        if (Current == '.')
        {
            isFloat = true;
            _position++;
            if (char.IsAsciiDigit(Current))
            {
                ReadDecimalTail();
            }
        }

        if (Current is 'e' or 'E')
        {
            var mark = _position;
            _position++;
            if (Current is '+' or '-')
            {
                _position++;
            }

            if (!char.IsAsciiDigit(Current))
            {
                // "1else": the number ends before the 'e'; the name check below decides.
                _position = mark;
                VerifyEndOfNumber(start, "decimal");
                return NumberToken(start);
            }

            isFloat = true;
            ReadDecimalTail();
        }

        if (Current is 'j' or 'J')
        {
            _position++;
            VerifyEndOfNumber(start, "imaginary");
            return NumberToken(start);
        }

        var digits = _text[start.._position];
        if (!isFloat && digits.Length > 1 && digits[0] == '0' && digits.Any(d => d is >= '1' and <= '9'))
        {
            throw _source.Error(start, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
        }

        VerifyEndOfNumber(start, "decimal");
        return NumberToken(start);
    }

    private Token NumberToken(int start) => new(TokenKind.Number, _text[start.._position], start, _position);

    private void ReadDecimalTail()
    {
        while (true)
        {
            while (char.IsAsciiDigit(Current))
            {
                _position++;
            }

            if (Current != '_')
            {
                return;
            }

            _position++;
            if (!char.IsAsciiDigit(Current))
            {
                throw _source.Error(_position - 1, "invalid decimal literal");
            }
        }
    }

    private void VerifyEndOfNumber(int start, string kind)
    {
        if (_position >= _end || !IsIdentifierPart(Current))
        {
            return;
        }

        // CPython still accepts "1if x else 2" (with a warning): a keyword may follow a number directly.
        foreach (var keyword in KeywordsAfterNumber)
        {
            if (string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) == 0)
            {
                return;
            }
        }

        throw _source.Error(start, $"invalid {kind} literal");
    }

    private Token ReadString(int start)
    {
        var quote = _text[_position];
        var triple = _position + 2 < _end && _text[_position + 1] == quote && _text[_position + 2] == quote;
        var prefix = _text[start.._position].ToLowerInvariant();
        _position += triple ? 3 : 1;
        if (_nestedFStrings && prefix.Contains('f', StringComparison.Ordinal))
        {
            ReadFStringBody(start, quote, triple, raw: prefix.Contains('r', StringComparison.Ordinal), inSpec: false);
            return new Token(TokenKind.String, _text[start.._position], start, _position);
        }

        while (true)
        {
            if (_position >= _end)
            {
                var line = _source.Line(Math.Max(start, _end - 1));
                throw triple
                    ? _source.Error(start, $"unterminated triple-quoted string literal (detected at line {line})")
                    : _source.Error(start, $"unterminated string literal (detected at line {line})");
            }

            var c = _text[_position];
            if (c == '\\')
            {
                _position += 2;
                continue;
            }

            if (c == '\n' && !triple)
            {
                throw _source.Error(start, $"unterminated string literal (detected at line {_source.Line(_position)})");
            }

            if (c == quote && (!triple || (_position + 2 < _end && _text[_position + 1] == quote && _text[_position + 2] == quote)))
            {
                _position += triple ? 3 : 1;
                return new Token(TokenKind.String, _text[start.._position], start, _position);
            }

            _position++;
        }
    }
}
