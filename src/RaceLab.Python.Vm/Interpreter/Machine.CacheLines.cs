using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    private int[]? _lastWriter;

    /// <summary>
    /// Free-threaded only: a global whose value another core wrote since this thread last saw it must travel
    /// to this core's cache first (the counter's cache line bouncing between cores is what makes 3.13t's
    /// contended loops several times slower than its single-thread ones).
    /// </summary>
    private long CacheMissOnLoad(SimThread thread, int slot)
    {
        _lastWriter ??= new int[_globals.Length];
        var writer = _lastWriter[slot];
        var seen = thread.SeenSeq[slot];
        thread.SeenSeq[slot] = _writeSeq[slot];
        return writer != 0 && writer != thread.Id + 1 && seen != _writeSeq[slot] ? Costs.CacheLineTransfer : 0;
    }

    /// <summary>Free-threaded only: writing needs the line exclusively; it moves if another core wrote it last.</summary>
    private long CacheMissOnStore(SimThread thread, int slot)
    {
        _lastWriter ??= new int[_globals.Length];
        var writer = _lastWriter[slot];
        _lastWriter[slot] = thread.Id + 1;
        thread.SeenSeq[slot] = _writeSeq[slot];
        return writer != 0 && writer != thread.Id + 1 ? Costs.CacheLineTransfer : 0;
    }
}
