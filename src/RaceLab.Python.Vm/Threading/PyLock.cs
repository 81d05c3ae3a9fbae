using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>A threading.Lock (C's _thread.lock): an owner (or none) and the threads blocked in acquire().</summary>
internal class PyLock : PyHeapObject
{
    public SimThread? Owner { get; set; }

    public List<SimThread> Blocked { get; } = [];

    /// <summary>lock.__exit__ bound once, so a `with lock:` loop does not allocate.</summary>
    public Values.PyBoundMethod? ExitMethod { get; set; }

    /// <summary>Where the owner took it (the code and instruction), for a deadlock's story.</summary>
    public CompiledCode? AcquiredIn { get; set; }

    public int AcquiredAt { get; set; }

    public virtual string TypeName => "lock";
}

/// <summary>
/// A threading.RLock (C's _thread.RLock since 3.2): re-entrant for its owner, who must release it as many
/// times as it acquired it.
/// </summary>
internal sealed class PyRLock : PyLock
{
    public int Count { get; set; }

    public override string TypeName => "RLock";
}
