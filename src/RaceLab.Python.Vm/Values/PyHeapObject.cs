namespace RaceLab.Python.Vm.Values;

/// <summary>
/// A mutable object on the VM's heap. It carries a mark for the explorer's walks over a VM (snapshot copies,
/// state keys), which visit every reachable object once per walk and must keep sharing: checking and
/// leaving a mark on the object is much cheaper than an identity dictionary, whose first hash of each freshly
/// copied object and whose allocations took most of a snapshot's time.
/// </summary>
internal abstract class PyHeapObject
{
    private static long s_walks;

    /// <summary>The walk that last visited this object (0: none yet).</summary>
    internal long WalkMark;

    /// <summary>What that walk left here: the object's copy.</summary>
    internal object? WalkCopy;

    /// <summary>What that walk left here: the object's number in first-visit order.</summary>
    internal int WalkId;

    /// <summary>A number no other walk in this process has (walks may run on several threads at once).</summary>
    internal static long NewWalk() => Interlocked.Increment(ref s_walks);
}
