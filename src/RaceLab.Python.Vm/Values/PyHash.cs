using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// hash() for set elements. Ints, bools, floats and tuples of them hash as in CPython (so small-int
/// sets iterate in CPython's order); strings use a fixed FNV-1a (CPython randomizes theirs per run, so no
/// order could match); other objects all hash to 0, which keeps their sets deterministic (insertion order).
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
            PyList or PyDict or PySet { Frozen: false } =>
                throw PythonError.Of(Tags.TypeError, $"unhashable type: '{PyOps.TypeOf(v).Name}'"),
            _ => 0,
        };
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
