using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// Interns the parts of states: equal bytes (and, for threads, equal class) get one id, with what the explorer
/// needs to know about each part without the machine.
/// </summary>
internal sealed class PartCatalog
{
    private readonly Dictionary<byte[], ushort> _shared = new(ByteArrayComparer.Instance);
    private readonly Dictionary<byte[], ushort> _threads = new(ByteArrayComparer.Instance);
    private readonly StateKeyWriter _threadKey = new();

    // What the search asks of every part on its hot path, in flat arrays indexed by id.
    private bool[] _sharedSelfContained = new bool[64];
    private bool[] _selfContained = new bool[64];
    private ulong[] _classBits = new ulong[64];
    private ulong[] _joinedBy = new ulong[64];

    public int SharedCount => _shared.Count;

    public int ThreadPartCount => _threads.Count;

    /// <summary>Every class some part marks as waiting for it, as bits.</summary>
    public ulong AnyJoinedBy { get; private set; }

    public bool SharedSelfContained(ushort id) => _sharedSelfContained[id];

    /// <summary>
    /// The thread part's step reads and changes nothing but the part and a self-contained shared part (see
    /// <see cref="ThreadPart.SelfContained"/>).
    /// </summary>
    public bool SelfContained(ushort id) => _selfContained[id];

    /// <summary>The part's symmetry class as a bit (none past 63: such a class marks no thread).</summary>
    public ulong ClassBit(ushort id) => _classBits[id];

    /// <summary>The classes of the joiners that wait for a thread in this part, as bits.</summary>
    public ulong JoinedBy(ushort id) => _joinedBy[id];

    /// <summary>The vector of a decomposed state (thread parts sorted).</summary>
    public PartVector Vector(StateParts parts, Span<ushort> threadIds)
    {
        if (parts.ThreadCount > PartVector.MaxThreads)
        {
            throw new NotComposableException($"more than {PartVector.MaxThreads} threads");
        }

        var vector = PartVector.Create();
        vector[0] = InternShared(parts);
        for (var t = 0; t < parts.ThreadCount; t++)
        {
            threadIds[t] = InternThread(parts.Thread(t));
            vector[1 + t] = threadIds[t];
        }

        ((Span<ushort>)vector).Slice(1, parts.ThreadCount).Sort();
        return vector;
    }

    private ushort InternShared(StateParts parts)
    {
        var bytes = parts.Shared.Written.ToArray();
        if (!_shared.TryGetValue(bytes, out var id))
        {
            id = NewId(_shared.Count);
            _shared.Add(bytes, id);
            Set(ref _sharedSelfContained, id, parts.SharedSelfContained);
        }

        return id;
    }

    private ushort InternThread(ThreadPart part)
    {
        // The class is part of the identity: two threads running different code never share a part.
        _threadKey.Reset();
        _threadKey.Write(part.SymmetryClass);
        _threadKey.Write(part.Key.Written);
        var bytes = _threadKey.Written.ToArray();
        if (!_threads.TryGetValue(bytes, out var id))
        {
            id = NewId(_threads.Count);
            _threads.Add(bytes, id);
            Set(ref _selfContained, id, part.SelfContained);
            Set(ref _classBits, id, part.SymmetryClass < 64 ? 1UL << part.SymmetryClass : 0);
            Set(ref _joinedBy, id, JoinerMask(part));
            AnyJoinedBy |= _joinedBy[id];
        }

        return id;
    }

    /// <summary>The joiners' classes as bits (a class past 63 is beyond what a part vector search handles).</summary>
    private static ulong JoinerMask(ThreadPart part)
    {
        if (part.JoinedBy.Exists(static c => c >= 64))
        {
            throw new NotComposableException("a joining thread's class is past 63");
        }

        var mask = 0UL;
        foreach (var joiner in part.JoinedBy)
        {
            mask |= 1UL << joiner;
        }

        return mask;
    }

    private static void Set<T>(ref T[] values, int id, T value)
    {
        if (id >= values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        values[id] = value;
    }

    private static ushort NewId(int count) =>
        count <= PartVector.MaxId ? (ushort)count : throw new NotComposableException($"more than {PartVector.MaxId + 1} distinct parts");

    private sealed class ByteArrayComparer : IEqualityComparer<byte[]>
    {
        public static readonly ByteArrayComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj)
        {
            var hash = default(HashCode);
            hash.AddBytes(obj);
            return hash.ToHashCode();
        }
    }
}

/// <summary>A state that does not split into parts: the caller searches whole states instead.</summary>
internal sealed class NotComposableException(string reason) : Exception($"States are not kept as parts: {reason}.");
