namespace RaceLab.Python.Vm.Threading;

/// <summary>A threading.Lock: an owner (or none) and the threads blocked in acquire().</summary>
internal sealed class PyLock
{
    public SimThread? Owner { get; set; }

    public List<SimThread> Blocked { get; } = [];

    /// <summary>A blocked thread the OS is waking (it will try the lock when it runs).</summary>
    public SimThread? Waking { get; set; }
}
