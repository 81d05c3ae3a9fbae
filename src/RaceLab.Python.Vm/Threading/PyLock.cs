using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>A threading.Lock: an owner (or none) and the threads blocked in acquire().</summary>
internal sealed class PyLock : PyHeapObject
{
    public SimThread? Owner { get; set; }

    public List<SimThread> Blocked { get; } = [];

    /// <summary>lock.__exit__ bound once, so a `with lock:` loop does not allocate.</summary>
    public Values.PyBoundMethod? ExitMethod { get; set; }
}
