using System.Text;

namespace RaceLab.Explorer.Machines;

/// <summary>Reads back what a <see cref="StateKeyWriter"/> wrote, for machines that restore states from keys.</summary>
public ref struct StateKeyReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private int _position;

    public StateKeyReader(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _position = 0;
    }

    public readonly bool AtEnd => _position >= _bytes.Length;

    public long ReadInt64()
    {
        ulong zigzag = 0;
        var shift = 0;
        byte b;
        do
        {
            b = _bytes[_position++];
            zigzag |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
    }

    public int ReadInt32() => checked((int)ReadInt64());

    public string ReadString()
    {
        var count = ReadInt32();
        var text = Encoding.UTF8.GetString(_bytes.Slice(_position, count));
        _position += count;
        return text;
    }
}
