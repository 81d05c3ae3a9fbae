namespace RaceLab.Python.Vm.Values;

/// <summary>A slice object (BUILD_SLICE) or the bounds of BINARY_SLICE: start, stop and step, each maybe None.</summary>
internal sealed class PySlice(PyValue start, PyValue stop, PyValue step) : PyHeapObject
{
    public PyValue Start { get; } = start;

    public PyValue Stop { get; } = stop;

    public PyValue Step { get; } = step;

    /// <summary>
    /// The indexes this slice selects from a sequence of <paramref name="length"/> items, as CPython's
    /// PySlice_Unpack + PySlice_AdjustIndices compute them (negative bounds count from the end, out-of-range
    /// bounds are clamped, a zero step is an error).
    /// </summary>
    public IEnumerable<int> Indexes(int length)
    {
        var step = Step.IsNone ? 1 : Bound(Step);
        if (step == 0)
        {
            throw PythonError.Of(Tags.ValueError, "slice step cannot be zero");
        }

        var start = Adjust(Start, length, step, step < 0 ? length - 1 : 0);
        var stop = Adjust(Stop, length, step, step < 0 ? -1 : length);
        for (var i = start; step > 0 ? i < stop : i > stop; i += step)
        {
            yield return (int)i;
        }
    }

    private static long Adjust(PyValue bound, int length, long step, long missing)
    {
        if (bound.IsNone)
        {
            return missing;
        }

        var i = Bound(bound);
        if (i < 0)
        {
            i += length;
            return i < 0 ? (step < 0 ? -1 : 0) : i;
        }

        return i >= length ? (step < 0 ? length - 1 : length) : i;
    }

    private static long Bound(PyValue v) => v.IsInt || v.IsBool
        ? v.Int
        : v.IsBigInt
            ? (v.ToBig().Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2)
            : throw PythonError.Of(Tags.TypeError, "slice indices must be integers or None or have an __index__ method");
}
