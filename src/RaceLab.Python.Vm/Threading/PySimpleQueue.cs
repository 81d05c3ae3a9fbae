using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>
/// queue.SimpleQueue (C's _queue.SimpleQueue): an unbounded FIFO whose every method is atomic under the GIL;
/// get() on an empty queue blocks outside the GIL until a put() hands it an item.
/// </summary>
internal sealed class PySimpleQueue : PyHeapObject
{
    public PyDeque Items { get; } = new(null);

    /// <summary>Threads blocked in get(), first come first served.</summary>
    public List<SimThread> Getters { get; } = [];
}
