namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>
/// filter(function, iterable), lazy as in CPython: each step pulls items until the function (or, for None,
/// the item itself) is true. The machine steps it when the function or the iterator runs Python.
/// </summary>
internal sealed class PyFilter(PyValue function, PyValue iterator) : PyNativeIterator
{
    public static readonly PyType FilterType = NewType("filter");

    public PyValue Function => function;

    public PyValue Iterator => iterator;

    public override PyType Type => FilterType;

    public override PyValue[] Parts => [function, iterator];

    public override long[] Counters => [];

    public override bool TryNext(out PyValue value)
    {
        if (!function.IsNone)
        {
            throw PyMap.SteppedByTheMachine(FilterType);
        }

        while (Iteration.Next(iterator, out value))
        {
            if (PyOps.Truthy(value))
            {
                return true;
            }
        }

        return false;
    }

    public override PyNativeIterator Rebuild(PyValue[] parts, long[] counters) => new PyFilter(parts[0], parts[1]);
}
