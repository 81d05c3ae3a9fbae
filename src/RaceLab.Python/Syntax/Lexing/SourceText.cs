using System.Text;

namespace RaceLab.Python.Syntax;

/// <summary>
/// The source of a module with CPython's newline translation applied (\r\n and \r become \n), and the
/// mapping from character offsets to CPython positions: 1-based lines and 0-based UTF-8 byte columns.
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string source, string fileName)
    {
        FileName = fileName;
        var text = source.StartsWith('\uFEFF') ? source[1..] : source;
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public string FileName { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line holding the character at <paramref name="offset"/>.</summary>
    public int Line(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>CPython's col_offset: UTF-8 bytes from the start of the line.</summary>
    public int ByteColumn(int offset)
    {
        var start = _lineStarts[Line(offset) - 1];
        var span = Text.AsSpan(start, offset - start);
        return span.ContainsAnyExceptInRange('\0', '\u007f') ? Encoding.UTF8.GetByteCount(span) : span.Length;
    }

    /// <summary>CPython's SyntaxError.offset: 1-based characters from the start of the line.</summary>
    public int CharColumn(int offset) => offset - _lineStarts[Line(offset) - 1] + 1;

    /// <summary>The 1-based character column of a CPython byte column on a line.</summary>
    public int CharColumnOfByte(int line, int byteColumn)
    {
        var start = _lineStarts[line - 1];
        var bytes = 0;
        var offset = start;
        while (offset < Text.Length && bytes < byteColumn && Text[offset] != '\n')
        {
            bytes += Encoding.UTF8.GetByteCount(Text.AsSpan(offset, char.IsHighSurrogate(Text[offset]) ? 2 : 1));
            offset += char.IsHighSurrogate(Text[offset]) ? 2 : 1;
        }

        return offset - start + 1;
    }

    public PythonSyntaxException Error(int offset, string message) =>
        new(FileName, Line(offset), CharColumn(offset), message);

    public PythonSyntaxException ErrorAtLine(int line, int column, string message) =>
        new(FileName, line, column, message);
}
