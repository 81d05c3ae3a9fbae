namespace RaceLab.Python.Vm.Timing;

/// <summary>
/// One build's costs in nanoseconds: per instruction (<paramref name="Ops"/>, else <paramref name="DefaultNs"/>);
/// a Python frame's push and pop (<paramref name="FrameNs"/>); a Python function that C code calls, beyond the
/// frame (<paramref name="CallFromNativeNs"/>: the special-method lookup and bound method of a with block's
/// __enter__, a property getter or a class's __init__ run through vectorcall, and from 3.11 a C-level entry
/// into the eval loop instead of an inlined frame); a built-in's own work when it has no cost of its own
/// (<paramref name="NativeCallNs"/>); a lock's __enter__ and __exit__ in a with block (<paramref name="LockNs"/>
/// each, with the block's special-method lookups) and a lock method called as such (<paramref name="LockMethodNs"/>:
/// acquire() and release(); <paramref name="LockDunderNs"/> for __enter__() and __exit__(a, b, c), which a
/// Condition's __enter__ and __exit__ call); a dict's item load or
/// store beyond the subscript instruction's cost, which is a list's (<paramref name="DictItemNs"/>); making an
/// instance of a Python class (<paramref name="NewInstanceNs"/>).
/// </summary>
internal sealed record CostTable(
    Dictionary<string, double> Ops,
    double DefaultNs,
    double FrameNs,
    double LockNs,
    double LockMethodNs,
    double LockDunderNs,
    double NativeCallNs,
    double CallFromNativeNs,
    double DictItemNs,
    double NewInstanceNs);
