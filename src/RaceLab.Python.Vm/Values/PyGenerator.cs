using RaceLab.Python.Vm.Interpreter;

namespace RaceLab.Python.Vm.Values;

/// <summary>
/// A generator object: its frame lives as long as it does, outside the thread's frame pool, and is linked
/// above whichever frame resumes it (FOR_ITER, SEND, next(), a built-in draining it) until it yields.
/// </summary>
internal sealed class PyGenerator(Frame frame, string name, string qualifiedName) : PyHeapObject
{
    public Frame Frame { get; set; } = frame;

    public string Name { get; } = name;

    public string QualifiedName { get; } = qualifiedName;

    /// <summary>Resumed at least once (3.9 pushes no sent value on the first resume).</summary>
    public bool Started { get; set; }

    /// <summary>Its frame is on a thread's stack now (a second resume is "generator already executing").</summary>
    public bool Running { get; set; }

    /// <summary>Returned, raised or closed: every resume from now on is exhausted at once.</summary>
    public bool Finished { get; set; }
}
