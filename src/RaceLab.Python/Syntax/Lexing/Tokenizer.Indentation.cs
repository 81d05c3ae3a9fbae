namespace RaceLab.Python.Syntax;

internal sealed partial class Tokenizer
{
    /// <summary>
    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens. Returns false for a blank or
    /// comment-only line, which CPython skips without any token.
    /// </summary>
    private bool ReadIndentation()
    {
        var lineStart = _position;
        int col = 0, altCol = 0;
        while (_position < _end)
        {
            var c = _text[_position];
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                altCol++;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else
            {
                break;
            }

            _position++;
        }

        if (_position >= _end || _text[_position] is '#' or '\n' or '\\')
        {
            if (_position < _end && _text[_position] == '\\')
            {
                // A continuation right after the indentation still starts a statement here.
                return ApplyIndentation(lineStart, col, altCol);
            }

            SkipBlanksAndComment();
            if (_position < _end)
            {
                _position++; // the newline of the blank line
                _atLineStart = true;
            }

            return false;
        }

        return ApplyIndentation(lineStart, col, altCol);
    }

    private bool ApplyIndentation(int lineStart, int col, int altCol)
    {
        var top = _indents[^1];
        if (col == top)
        {
            if (altCol != _altIndents[^1])
            {
                throw TabError(lineStart);
            }
        }
        else if (col > top)
        {
            if (altCol <= _altIndents[^1])
            {
                throw TabError(lineStart);
            }

            _indents.Add(col);
            _altIndents.Add(altCol);
            _pending.Enqueue(new Token(TokenKind.Indent, string.Empty, lineStart, _position));
        }
        else
        {
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                _pending.Enqueue(new Token(TokenKind.Dedent, string.Empty, _position, _position));
            }

            if (col != _indents[^1])
            {
                var lineEnd = _text.IndexOf('\n', _position);
                var length = (lineEnd < 0 ? _end : lineEnd) - lineStart;
                throw _source.ErrorAtLine(_source.Line(lineStart), length + 1, "unindent does not match any outer indentation level");
            }

            if (altCol != _altIndents[^1])
            {
                throw TabError(lineStart);
            }
        }

        return true;
    }

    private PythonSyntaxException TabError(int lineStart) =>
        _source.ErrorAtLine(_source.Line(lineStart), 1, "inconsistent use of tabs and spaces in indentation");
}
