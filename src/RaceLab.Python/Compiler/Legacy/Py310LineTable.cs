namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// 3.10's <c>co_linetable</c> writer (compile.c assemble_line_range): (byte delta, line delta) pairs per
/// run of instructions on one line; -128 marks a run without a line.
/// </summary>
internal sealed class Py310LineTable(int firstLine)
{
    private const int NoLine = -128;
    private readonly List<byte> _bytes = [];
    private int _line = firstLine;
    private int _previousLine = firstLine;
    private int _start;

    public List<byte> Bytes => _bytes;

    /// <summary>The instruction at <paramref name="offset"/> (code units) is on <paramref name="line"/>.</summary>
    public void Add(int offset, int line)
    {
        if (line == _line)
        {
            return;
        }

        EmitRange(offset);
        _line = line;
    }

    public void Finish(int offset) => EmitRange(offset);

    private void EmitRange(int offset)
    {
        var bDelta = (offset - _start) * 2;
        if (bDelta == 0)
        {
            return;
        }

        int lDelta;
        if (_line < 0)
        {
            lDelta = NoLine;
        }
        else
        {
            lDelta = _line - _previousLine;
            _previousLine = _line;
            while (lDelta > 127)
            {
                Pair(0, 127);
                lDelta -= 127;
            }

            while (lDelta < -127)
            {
                Pair(0, -127);
                lDelta += 127;
            }
        }

        while (bDelta > 254)
        {
            Pair(254, lDelta);
            lDelta = _line < 0 ? NoLine : 0;
            bDelta -= 254;
        }

        Pair(bDelta, lDelta);
        _start = offset;
    }

    private void Pair(int bDelta, int lDelta)
    {
        _bytes.Add((byte)bDelta);
        _bytes.Add((byte)(sbyte)lDelta);
    }
}
