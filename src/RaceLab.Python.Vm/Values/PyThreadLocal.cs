namespace RaceLab.Python.Vm.Values;

/// <summary>
/// threading.local (C in CPython: _thread._local): one attribute dict per thread, created on the thread's first
/// access. Each access is a single C call under the GIL; what one thread stores no other thread sees.
/// </summary>
internal sealed class PyThreadLocal : PyHeapObject
{
    /// <summary>Each thread's attributes, by the thread's id in the scheduler.</summary>
    public SortedDictionary<int, Dictionary<string, PyValue>> PerThread { get; } = [];

    public Dictionary<string, PyValue> For(int threadId)
    {
        if (!PerThread.TryGetValue(threadId, out var dict))
        {
            dict = new(StringComparer.Ordinal);
            PerThread[threadId] = dict;
        }

        return dict;
    }
}
