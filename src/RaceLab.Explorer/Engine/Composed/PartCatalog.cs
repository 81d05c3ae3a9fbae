using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// Interns the parts of states: equal bytes (and, for threads, equal class) get one id, with what the explorer
/// needs to know about each part without the machine.
/// </summary>
internal sealed class PartCatalog
{
    private readonly Dictionary<byte[], ushort> _shared = new(ByteArrayComparer.Instance);
    private readonly List<bool> _sharedSelfContained = [];
    private readonly Dictionary<byte[], ushort> _threads = new(ByteArrayComparer.Instance);
    private readonly List<ThreadPartInfo> _threadInfo = [];

    public int SharedCount => _sharedSelfContained.Count;

    public int ThreadPartCount => _threadInfo.Count;

    public bool SharedSelfContained(ushort id) => _sharedSelfContained[id];

    public ThreadPartInfo ThreadInfo(ushort id) => _threadInfo[id];

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
            id = NewId(_sharedSelfContained.Count);
            _shared.Add(bytes, id);
            _sharedSelfContained.Add(parts.SharedSelfContained);
        }

        return id;
    }

    private ushort InternThread(ThreadPart part)
    {
        var writer = new StateKeyWriter();
        writer.Write(part.SymmetryClass);
        writer.Write(part.Key.Written);
        var bytes = writer.Written.ToArray();
        if (!_threads.TryGetValue(bytes, out var id))
        {
            id = NewId(_threadInfo.Count);
            _threads.Add(bytes, id);
            _threadInfo.Add(new ThreadPartInfo(part.SelfContained, part.JoinerClass, [.. part.JoinedBy]));
        }

        return id;
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

/// <summary>What the explorer knows of a thread part (see <see cref="ThreadPart"/>).</summary>
internal sealed record ThreadPartInfo(bool SelfContained, int JoinerClass, int[] JoinedBy);

/// <summary>A state that does not split into parts: the caller searches whole states instead.</summary>
internal sealed class NotComposableException(string reason) : Exception($"The state does not split into parts: {reason}.");
