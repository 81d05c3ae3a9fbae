using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Threading;

/// <summary>A threading.Thread object; <see cref="Thread"/> is set by start().</summary>
internal sealed class PyThreadObject(PyValue target, PyValue[] args, PyDict? kwargs, string name) : PyHeapObject
{
    public PyValue Target { get; } = target;

    public PyValue[] Args { get; } = args;

    public PyDict? Kwargs { get; } = kwargs;

    public string Name { get; } = name;

    public SimThread? Thread { get; set; }

    public string StateName => Thread is null ? "initial" : Thread.State == ThreadState.Finished ? "stopped" : "started";
}
