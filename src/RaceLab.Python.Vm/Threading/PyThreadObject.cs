using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>A threading.Thread object; <see cref="Thread"/> is set by start().</summary>
internal sealed class PyThreadObject(PyValue target, PyValue[] args, PyDict? kwargs, string name) : PyHeapObject
{
    // Settable: a Thread subclass's __init__ runs Thread.__init__ on an object that already exists.
    public PyValue Target { get; set; } = target;

    public PyValue[] Args { get; set; } = args;

    public PyDict? Kwargs { get; set; } = kwargs;

    public string Name { get; set; } = name;

    public bool Daemon { get; set; }

    /// <summary>The Thread subclass this object is an instance of (null for threading.Thread itself).</summary>
    public PyClass? Class { get; init; }

    /// <summary>The subclass instance's own attributes.</summary>
    public Dictionary<string, PyValue>? Dict { get; init; }

    /// <summary>False until Thread.__init__ ran (a subclass whose __init__ forgot to call it cannot start).</summary>
    public bool Initialized { get; set; } = true;

    public SimThread? Thread { get; set; }

    public string StateName => Thread is null ? "initial" : Thread.State == ThreadState.Finished ? "stopped" : "started";
}
