namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// map(function, *iterables), lazy as in CPython: each step pulls one item from each iterator in order, then
/// calls the function on them. The machine steps it (Machine.LazyIterators), since the function and the
/// iterators may run Python frames.
/// </summary>
internal sealed class PyMap(PyValue function, PyValue[] iterators) : PyNativeIterator
{
    public static readonly PyType MapType = NewType("map");

    public PyValue Function => function;

    public PyValue[] Iterators => iterators;

    public override PyType Type => MapType;

    public override PyValue[] Parts => [function, .. iterators];

    public override long[] Counters => [];

    public override bool TryNext(out PyValue value) => throw SteppedByTheMachine(MapType);

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyMap(parts[0], parts[1..]);

    /// <summary>A built-in that iterates natively reached an iterator only the machine can step.</summary>
    public static PythonError SteppedByTheMachine(PyType type) =>
        PythonError.Of(Tags.TypeError, $"this built-in iterating a '{type.Name}' object is not modelled by the simulator");
}
