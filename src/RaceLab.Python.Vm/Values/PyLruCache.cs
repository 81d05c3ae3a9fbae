namespace RaceLab.Python.Vm.Values;

/// <summary>
/// What functools.lru_cache returns (C in CPython: _functools._lru_cache_wrapper). A call looks its key up and
/// counts a hit or a miss atomically under the GIL, but a miss calls the function holding no lock: two threads
/// can both miss on one key and both compute, as in Modules/_functoolsmodule.c. <see cref="Cache"/> keeps the
/// least recently used entry first.
/// </summary>
internal sealed class PyLruCache(PyValue function, long? maxSize, bool typed) : PyHeapObject
{
    public PyValue Function { get; } = function;

    /// <summary>None: unbounded; 0: no caching at all, every call a miss.</summary>
    public long? MaxSize { get; } = maxSize;

    public bool Typed { get; } = typed;

    public PyDict Cache { get; } = new();

    public long Hits { get; set; }

    public long Misses { get; set; }

    /// <summary>Attributes set on the wrapper (update_wrapper copies __name__, __doc__, __wrapped__ here).</summary>
    public Dictionary<string, PyValue> Dict { get; } = new(StringComparer.Ordinal);
}
