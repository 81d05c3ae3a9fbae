using System.Buffers.Binary;

namespace RaceLab.Explorer.Keys;

/// <summary>A fixed (unseeded, so deterministic) 64-bit hash of key bytes.</summary>
internal static class KeyHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = 0xCBF29CE484222325UL ^ ((ulong)bytes.Length * Multiplier);
        while (bytes.Length >= 8)
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        return Mix(hash ^ tail ^ 0x5555);
    }

    private static ulong Mix(ulong x)
    {
        x *= Multiplier;
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9UL;
        return x ^ (x >> 32);
    }
}
