namespace RaceLab.Python.Compiler.Legacy;

/// <summary>3.9's <c>co_lnotab</c> writer (compile.c assemble_lnotab): (byte delta, signed line delta) pairs.</summary>
internal sealed class Py39Lnotab(int firstLine)
{
    private readonly List<byte> _bytes = [];
    private int _line = firstLine;
    private int _lineOffset;

    public List<byte> Bytes => _bytes;

    /// <summary>Records that the instruction at <paramref name="offset"/> (code units) starts <paramref name="line"/>.</summary>
    public void Add(int offset, int line)
    {
        var dLine = line - _line;
        if (dLine == 0)
        {
            return;
        }

        var dBytecode = (offset - _lineOffset) * 2;
        while (dBytecode > 255)
        {
            _bytes.Add(255);
            _bytes.Add(0);
            dBytecode -= 255;
        }

        if (dLine is < -128 or > 127)
        {
            var k = dLine < 0 ? -128 : 127;
            var codes = dLine < 0 ? -dLine / 128 : dLine / 127;
            dLine -= codes * k;
            _bytes.Add((byte)dBytecode);
            _bytes.Add((byte)(sbyte)k);
            dBytecode = 0;
            for (var j = 1; j < codes; j++)
            {
                _bytes.Add(0);
                _bytes.Add((byte)(sbyte)k);
            }
        }

        _bytes.Add((byte)dBytecode);
        _bytes.Add((byte)(sbyte)dLine);
        _line = line;
        _lineOffset = offset;
    }
}
