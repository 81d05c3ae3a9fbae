namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// iter(callable, sentinel): calls the callable at each step until it returns something equal to the
/// sentinel (or raises StopIteration); from then on it is exhausted, as CPython's calliter drops the callable.
/// </summary>
internal sealed class PyCallIterator(PyValue callable, PyValue sentinel) : PyNativeIterator
{
    public static readonly PyType CallIteratorType = NewType("callable_iterator");

    public PyValue Callable => callable;

    public PyValue Sentinel => sentinel;

    public bool Finished { get; set; }

    public override PyType Type => CallIteratorType;

    public override PyValue[] Parts => [callable, sentinel];

    public override long[] Counters => [Finished ? 1 : 0];

    public override bool TryNext(out PyValue value) => throw PyMap.SteppedByTheMachine(CallIteratorType);

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyCallIterator(parts[0], parts[1]) { Finished = counters[0] != 0 };
}
