namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// An itertools iterator that draws its items from other iterators one pull at a time (chain, islice). Its
/// next() is the loop "ask where to pull, pull, take the item" until it has its item or its end: run at once
/// by <see cref="PyNativeIterator.TryNext"/> over native iterators, or one pull at a time by the machine's
/// stepped iteration when a pull resumes a generator (a frame of its own, as under CPython's C next()).
/// </summary>
internal interface IPullingIterator
{
    /// <summary>The iterator the next pull draws from; false when the iterator is spent without another pull.</summary>
    bool NextPull(out PyValue source);

    /// <summary>Takes what the pull gave (an item, or that source's end): true when next() has its result (an item, or the end).</summary>
    bool TakePulled(PyValue item, bool ended, out PyValue value, out bool exhausted);
}
