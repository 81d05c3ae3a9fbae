using System.Text;

namespace RaceLab.Explorer.Machines;

/// <summary>Serialises a state into compact bytes (zig-zag varints) for the visited-state table.</summary>
public sealed class StateKeyWriter
{
    private byte[] _buffer = new byte[128];
    private int _length;

    /// <summary>The bytes written since the last <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public int Length => _length;

    public void Reset() => _length = 0;

    /// <summary>Appends a signed integer (small magnitudes take one byte).</summary>
    public void Write(long value)
    {
        if (_length + 10 > _buffer.Length)
        {
            Grow(10);
        }

        var zigzag = (ulong)((value << 1) ^ (value >> 63));
        while (zigzag >= 0x80)
        {
            _buffer[_length++] = (byte)(zigzag | 0x80);
            zigzag >>= 7;
        }

        _buffer[_length++] = (byte)zigzag;
    }

    /// <summary>Appends a length-prefixed UTF-8 string.</summary>
    public void Write(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var count = Encoding.UTF8.GetByteCount(value);
        Write(count);
        if (_length + count > _buffer.Length)
        {
            Grow(count);
        }

        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>Appends a length-prefixed sequence of bytes.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        Write(bytes.Length);
        if (_length + bytes.Length > _buffer.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Grow(int needed) => Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + needed));
}
