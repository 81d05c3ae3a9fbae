namespace RaceLab.Python.Vm.Values;

/// <summary>The built-in functions and methods the VM implements.</summary>
internal enum BuiltinId
{
    Print,
    Len,
    Range,
    Max,
    Min,
    Abs,
    IsInstance,
    Sum,
    Repr,
    Thread,
    Lock,
    SetSwitchInterval,
    GetSwitchInterval,
    CurrentThread,
    ThreadStart,
    ThreadJoin,
    ThreadIsAlive,
    LockAcquire,
    LockRelease,
    LockEnter,
    LockExit,
    LockLocked,
    ListAppend,
    ListPop,
    ListExtend,
}
