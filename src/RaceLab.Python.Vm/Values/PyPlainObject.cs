namespace RaceLab.Python.Vm.Values;

/// <summary>
/// <c>object()</c>: an instance of object itself, which has no <c>__dict__</c> (so no attribute can be set on it);
/// programs use one as a unique sentinel or as a lock-free marker.
/// </summary>
internal sealed class PyPlainObject : PyHeapObject;
