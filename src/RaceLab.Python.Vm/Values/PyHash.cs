using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// hash() for set elements. Ints, bools, floats and tuples of them hash as in CPython (so small-int
/// sets iterate in CPython's order), and frozensets of them; strings use a fixed FNV-1a (CPython randomizes theirs
/// per run, so no order could match); other objects all hash to 0, which keeps their sets deterministic (insertion order).
/// An instance whose class defines <c>__hash__</c> in Python hashes to what that returned when the VM ran it
/// (Machine.HashedKeys); one whose class sets <c>__hash__</c> to None (or defines <c>__eq__</c> alone) is unhashable.
/// </summary>
internal static class PyHash
{
    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime5 = 2870177450012600261UL;

    public static long Of(PyValue v)
    {
        if (v.IsBool || v.IsInt)
        {
            return PythonHash.OfInt(v.Int);
        }

        return v.Ref switch
        {
            PyBigInt b => PythonHash.OfInt(b.Value),
            ValueTag tag when ReferenceEquals(tag, Tags.FloatValue) => FloatHash.Of(v.Float),
            ValueTag tag when ReferenceEquals(tag, Tags.NoneValue) => 0x5F3759DF,
            string s => StringHash(s),
            PyTuple t => TupleHash(t.Items),
            PySet { Frozen: true } f => FrozenSetHash(f),
            PyList or PyDict or PySet { Frozen: false } =>
                throw PythonError.Of(Tags.TypeError, $"unhashable type: '{PyOps.TypeOf(v).Name}'"),
            PyInstance i => i.StoredHash ?? (IsUnhashable(i.Class) ? throw PythonError.Of(Tags.TypeError, $"unhashable type: '{i.Class.Name}'")
                : i.NativeValue.IsNull ? 0 : Of(i.NativeValue)),
            _ => 0,
        };
    }

    /// <summary>Whether the class's <c>__hash__</c> is None (type_new sets it so for a class defining <c>__eq__</c> alone).</summary>
    public static bool IsUnhashable(PyClass type) => type.TryLookup("__hash__", out var hash, out _) && hash.IsNone;

    /// <summary>CPython's frozenset_hash: the entries' hashes shuffled and xored (so independent of order), then the size mixed in.</summary>
    private static long FrozenSetHash(PySet set)
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        var hash = 0UL;
        foreach (var item in set.Items)
        {
            hash ^= Shuffle((ulong)Of(item));
        }

        hash ^= ((ulong)set.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = (hash * 69069U) + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    private static long StringHash(string s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        var result = (long)(h >> 1);
        return result == -1 ? -2 : result;
    }

    /// <summary>CPython 3.8+'s tuplehash (xxHash's mixing of the items' hashes).</summary>
    private static long TupleHash(PyValue[] items)
    {
        var acc = Prime5;
        foreach (var item in items)
        {
            acc += (ulong)Of(item) * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }

        acc += (ulong)items.Length ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }
}
