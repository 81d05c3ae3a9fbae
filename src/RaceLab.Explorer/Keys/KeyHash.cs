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

    /// <summary>
    /// A 128-bit digest (two independent 64-bit hashes) that stands for a key in the visited-state tables of
    /// machines that never rebuild states from keys: two of a million states collide with probability about
    /// 10^-27, while a Python state's key is a kilobyte or more (SPIN's hash compaction, with a wider hash).
    /// </summary>
    public static void Digest(ReadOnlySpan<byte> bytes, Span<byte> digest)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(digest, Of(bytes));
        var hash = 0x84222325CBF29CE4UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            hash = (hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xD6E8FEB86659FD93UL;
            hash ^= hash >> 31;
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        BinaryPrimitives.WriteUInt64LittleEndian(digest[8..], Mix(hash ^ 0xA5A5A5A5UL));
    }

    private static ulong Mix(ulong x)
    {
        x *= Multiplier;
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9UL;
        return x ^ (x >> 32);
    }
}
