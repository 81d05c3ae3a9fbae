namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// An iterator written in C in CPython (itertools): each next() is one C call, atomic under the GIL, so two
/// threads sharing an itertools.count() never draw the same number. Its state is a few values (inner
/// iterators, saved items) and a few counters, which is all the explorer needs to copy, key and walk it.
/// </summary>
internal abstract class PyNativeIterator : PyHeapObject
{
    public abstract PyType Type { get; }

    public abstract bool TryNext(out PyValue value);

    /// <summary>The values it holds: what a copy maps and what a heap walk visits.</summary>
    public abstract PyValue[] Parts { get; }

    /// <summary>Its position as plain numbers.</summary>
    public abstract long[] Counters { get; }

    /// <summary>The same iterator over the given (copied) parts at the given position.</summary>
    public abstract PyNativeIterator Rebuild(PyValue[] parts, long[] counters);

    protected static PyType NewType(string name) => new(name, Tags.Object);
}
