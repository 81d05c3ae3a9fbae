using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// == of tuples, lists, sets and dicts whose items have a Python <c>__eq__</c>, as tuplerichcompare,
/// list_richcompare, set_richcompare and dict_equal run it: item by item, each pair through
/// PyObject_RichCompareBool (identity first), a set's or dict's items looked up in the other by their stored
/// hash. Each Python <c>__eq__</c> is a frame of its own, so the walk cannot run to its end in one go: the task
/// keeps the answers so far (<see cref="NativeTask.Answers"/>) and the walk is replayed from the start with them
/// until it decides or meets a pair no answer covers yet, whose <c>__eq__</c> is pushed next. Plain data, so the
/// explorer can copy it; quadratic in the calls, fine for the containers programs compare. A container another
/// thread (or an <c>__eq__</c>) changes between two calls is walked as it is at the replay.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>How deep the predicates look into nested containers (a list holding itself must not recurse forever).</summary>
    private const int EqualityDepth = 32;

    /// <summary>A pair whose Python <c>__eq__</c> (and reflected) the walk needs next.</summary>
    private readonly record struct EqualityPair(PyValue Left, PyValue Right);

    /// <summary>left == right with the answers so far; null when <paramref name="pending"/>'s __eq__ must run first.</summary>
    /// <param name="identityFirst">PyObject_RichCompareBool's shortcut (an item of a scan); not for an operator's own operands.</param>
    private static bool? ReplayEqual(PyValue left, PyValue right, bool identityFirst, List<PyValue> answers, out EqualityPair pending)
    {
        var walk = new EqualityWalk(answers);
        var verdict = identityFirst ? walk.EqualBool(left, right) : walk.Equal(left, right);
        pending = walk.Pending;
        return verdict;
    }

    /// <summary>Whether == on the value can reach a Python __eq__: an object whose class defines one, or a container holding one.</summary>
    private static bool EqualityRunsPython(PyValue value, int depth = 0)
    {
        if (HasPythonClass(value.Ref) && SpecialOf(value, "__eq__") is not null)
        {
            return true;
        }

        if (depth >= EqualityDepth)
        {
            return false;
        }

        switch (value.Ref)
        {
            case PyTuple tuple:
                return AnyRunsPython(tuple.Items, depth);
            case PyList list:
                return AnyRunsPython(list.Items, depth);
            case PySet set:
                return AnyRunsPython(set.Items, depth);
            case PyDict dict:
                foreach (var pair in dict.Items)
                {
                    if (EqualityRunsPython(pair.Key, depth + 1) || EqualityRunsPython(pair.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static bool AnyRunsPython(IEnumerable<PyValue> items, int depth)
    {
        foreach (var item in items)
        {
            if (EqualityRunsPython(item, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One replay: the answers are used in the order the walk asks for them.</summary>
    private sealed class EqualityWalk(List<PyValue> answers)
    {
        private int _used;

        public EqualityPair Pending { get; private set; }

        /// <summary>PyObject_RichCompareBool(a, b, Py_EQ): identical objects are equal without a call.</summary>
        public bool? EqualBool(PyValue a, PyValue b) => a.SameAs(b) ? true : Equal(a, b);

        /// <summary>PyObject_RichCompare(a, b, Py_EQ), made a truth value.</summary>
        public bool? Equal(PyValue a, PyValue b)
        {
            if (CompareSteps(2, a, b).Count > 0)
            {
                if (_used < answers.Count)
                {
                    return PyOps.Truthy(answers[_used++]);
                }

                Pending = new(a, b);
                return null;
            }

            return (a.Ref, b.Ref) switch
            {
                (PyTuple x, PyTuple y) => Sequences(x.Items, y.Items, sizeFirst: false),
                (PyList x, PyList y) => Sequences(x.Items, y.Items, sizeFirst: true),
                (PySet x, PySet y) => Sets(x, y),
                (PyDict x, PyDict y) => Dicts(x, y),
                _ => PyOps.Equal(a, b),
            };
        }

        /// <summary>tuplerichcompare / list_richcompare for ==: the first unequal item decides, else the lengths (a list's first).</summary>
        private bool? Sequences(IReadOnlyList<PyValue> x, IReadOnlyList<PyValue> y, bool sizeFirst)
        {
            if (sizeFirst && x.Count != y.Count)
            {
                return false;
            }

            for (var i = 0; i < x.Count && i < y.Count; i++)
            {
                if (EqualBool(x[i], y[i]) is not true and var verdict)
                {
                    return verdict;
                }
            }

            return x.Count == y.Count;
        }

        /// <summary>set_richcompare for ==: the same size, and each of x's items found in y by its hash.</summary>
        private bool? Sets(PySet x, PySet y)
        {
            if (x.Count != y.Count)
            {
                return false;
            }

            foreach (var item in x.Items)
            {
                var hash = PyHash.Of(item);
                if (Lookup(y.Probe(hash, k => k.SameAs(item)), item, hash, out _) is not true and var verdict)
                {
                    return verdict;
                }
            }

            return true;
        }

        /// <summary>dict_equal: the same size, each of x's keys found in y, and its value equal to y's.</summary>
        private bool? Dicts(PyDict x, PyDict y)
        {
            if (x.Items.Count != y.Items.Count)
            {
                return false;
            }

            foreach (var (key, value) in x.Items)
            {
                if (Lookup(y.Items.Select(p => p.Key), key, PyHash.Of(key), out var entry) is not true and var found)
                {
                    return found;
                }

                var other = y.Items.Find(p => p.Key.SameAs(entry)).Value;
                if (EqualBool(value, other) is not true and var verdict)
                {
                    return verdict;
                }
            }

            return true;
        }

        /// <summary>lookdict / set_lookkey: the entries of the same hash, identity first, then the entry's == with the key.</summary>
        private bool? Lookup(IEnumerable<PyValue> entries, PyValue key, long hash, out PyValue found)
        {
            found = default;
            foreach (var entry in entries)
            {
                var verdict = entry.SameAs(key) ? true : PyHash.Of(entry) == hash ? Equal(entry, key) : false;
                if (verdict is not false)
                {
                    found = entry;
                    return verdict;
                }
            }

            return false;
        }
    }
}
