namespace RaceLab.Python.Syntax;

/// <summary>
/// CPython's tokenizer (Parser/tokenizer.c) for the subset: NEWLINE/INDENT/DEDENT from indentation (tabs to
/// multiples of 8, checked against tabs-as-1 for TabError), implicit line joining inside brackets, backslash
/// continuation, comments. Tokens are produced on demand, so errors surface in source order as the parser
/// reaches them. An f-string is one <see cref="TokenKind.String"/> token; the parser splits it.
/// </summary>
internal sealed partial class Tokenizer
{
    private const int TabSize = 8;

    private readonly SourceText _source;
    private readonly string _text;
    private readonly int _end;
    private readonly bool _insideBrackets;
    private readonly bool _nestedFStrings;
    private readonly List<int> _indents = [0];
    private readonly List<int> _altIndents = [0];
    private readonly Stack<(char Open, int Offset)> _brackets = new();
    private readonly Queue<Token> _pending = new();
    private int _position;
    private bool _atLineStart;
    private bool _lineHasTokens;
    private bool _finished;

    /// <summary>
    /// Tokenizes <c>[start, end)</c> of the source; inside brackets, newlines never end a statement. With
    /// <paramref name="nestedFStrings"/> (3.12+, PEP 701) an f-string's replacement fields may hold any
    /// string, even one with the same quotes, and span lines.
    /// </summary>
    public Tokenizer(SourceText source, int start, int end, bool insideBrackets, bool nestedFStrings)
    {
        _source = source;
        _nestedFStrings = nestedFStrings;
        _text = source.Text;
        _position = start;
        _end = end;
        _insideBrackets = insideBrackets;
        _atLineStart = !insideBrackets;
    }

    public Token Next()
    {
        if (_pending.Count > 0)
        {
            return _pending.Dequeue();
        }

        if (_finished)
        {
            return new Token(TokenKind.EndMarker, string.Empty, _end, _end);
        }

        while (true)
        {
            if (_atLineStart && _brackets.Count == 0)
            {
                _atLineStart = false;
                if (ReadIndentation())
                {
                    if (_pending.Count > 0)
                    {
                        return _pending.Dequeue();
                    }
                }
                else
                {
                    continue;
                }
            }

            SkipBlanksAndComment();
            if (_position >= _end)
            {
                return Finish();
            }

            var c = _text[_position];
            if (c == '\n')
            {
                _position++;
                if (_brackets.Count > 0 || _insideBrackets)
                {
                    continue;
                }

                _atLineStart = true;
                _lineHasTokens = false;
                return new Token(TokenKind.Newline, "\n", _position - 1, _position);
            }

            if (c == '\\')
            {
                ReadContinuation();
                continue;
            }

            _lineHasTokens = true;
            return ReadToken(c);
        }
    }

    private Token ReadToken(char c)
    {
        var start = _position;
        if (IsIdentifierStart(c))
        {
            ReadIdentifier();
            if (_position < _end && _text[_position] is '\'' or '"' && IsStringPrefix(_text[start.._position]))
            {
                return ReadString(start);
            }

            return new Token(TokenKind.Name, _text[start.._position], start, _position);
        }

        if (char.IsAsciiDigit(c) || (c == '.' && _position + 1 < _end && char.IsAsciiDigit(_text[_position + 1])))
        {
            return ReadNumber();
        }

        if (c is '\'' or '"')
        {
            return ReadString(start);
        }

        return ReadOperator();
    }

    private void ReadContinuation()
    {
        var backslash = _position;
        _position++;
        if (_position >= _end)
        {
            throw _source.Error(backslash + 1, "unexpected EOF while parsing");
        }

        if (_text[_position] != '\n')
        {
            throw _source.Error(backslash + 1, "unexpected character after line continuation character");
        }

        _position++;
        if (_position >= _end && !_insideBrackets)
        {
            throw _source.Error(backslash + 1, "unexpected EOF while parsing");
        }
    }

    private void SkipBlanksAndComment()
    {
        while (_position < _end && _text[_position] is ' ' or '\t' or '\f')
        {
            _position++;
        }

        if (_position < _end && _text[_position] == '#')
        {
            while (_position < _end && _text[_position] != '\n')
            {
                _position++;
            }
        }
    }

    private Token Finish()
    {
        _finished = true;
        if (_brackets.Count > 0)
        {
            var (open, offset) = _brackets.Peek();
            throw _source.Error(offset, $"'{open}' was never closed");
        }

        if (!_insideBrackets)
        {
            if (_lineHasTokens)
            {
                _pending.Enqueue(new Token(TokenKind.Newline, string.Empty, _end, _end));
            }

            for (var i = 1; i < _indents.Count; i++)
            {
                _pending.Enqueue(new Token(TokenKind.Dedent, string.Empty, _end, _end));
            }

            _indents.RemoveRange(1, _indents.Count - 1);
            _altIndents.RemoveRange(1, _altIndents.Count - 1);
        }

        _pending.Enqueue(new Token(TokenKind.EndMarker, string.Empty, _end, _end));
        return _pending.Dequeue();
    }
}
