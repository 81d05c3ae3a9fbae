using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// _collections._count_elements (C in CPython 3.9-3.13), what Counter(iterable) and Counter.update(iterable)
/// call: for a mapping whose get and __setitem__ are dict's own, it counts every element with dict's C
/// functions, so a whole update is atomic under the GIL (a generator argument is drained first, in frames).
/// </summary>
internal sealed partial class Machine
{
    private static PyValue CountElements(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        Expect(builtin, pos, 2, 2, kw);
        if (pos[0].Ref is not PyDict mapping)
        {
            throw PythonError.Of(Tags.TypeError, "_count_elements of a mapping that is not a dict is not modelled by the simulator");
        }

        if (!CountsNatively(mapping))
        {
            // CPython takes its slow path here, calling the Python methods per element.
            throw PythonError.Of(Tags.TypeError, "counting into a Counter subclass that overrides get or __setitem__ is not modelled by the simulator");
        }

        foreach (var element in Iteration.ToList(pos[1]))
        {
            PyHash.Of(element);
            CountElement(mapping, element);
        }

        return PyValue.None;
    }

    /// <summary>Whether the mapping's get and __setitem__ are dict's own (CPython's fast path, which this models).</summary>
    private static bool CountsNatively(PyDict mapping) =>
        mapping.Class is not { } type || !((type.TryLookup("get", out var get, out _) && get.Ref is PyFunction)
            || (type.TryLookup("__setitem__", out var set, out _) && set.Ref is PyFunction));

    /// <summary>One element counted (a keyed task's, the element's entry found by its Python __hash__ and __eq__).</summary>
    private static void CountElement(PyDict mapping, PyValue element) =>
        mapping.Set(element, mapping.TryGet(element, out var old) ? PyOps.Binary(BinaryOps.Add, old, PyValue.FromInt(1)) : PyValue.FromInt(1));
}
