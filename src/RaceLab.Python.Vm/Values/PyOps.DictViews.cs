namespace RaceLab.Python.Vm.Values;

/// <summary>
/// The set-like dict views (keys, items) under | &amp; - ^ and comparisons, as dictobject.c's dictviews_* build
/// them: the result is a new set, from the left operand (any iterable) and the right one (any iterable), in the
/// order CPython's set calls add and discard its items.
/// </summary>
internal static partial class PyOps
{
    private static bool IsSetLikeView(PyValue v) => v.Ref is PyDictView { IsSetLike: true };

    /// <summary>dictviews_or / _sub / _xor / _PyDictView_Intersect, for a view on either side.</summary>
    private static PyValue ViewSetOperator(int op, PyValue a, PyValue b)
    {
        if (op == BinaryOps.And)
        {
            return PyValue.FromObject(ViewIntersection(a, b));
        }

        var result = ToSet(a);
        switch (op)
        {
            case BinaryOps.Or:
                result.Update(b);
                break;
            case BinaryOps.Subtract:
                foreach (var item in Iteration.ToList(b))
                {
                    result.Remove(item);
                }

                break;
            default:
                // symmetric_difference_update: a set (or a dict's keys) as it is, anything else made a set first.
                var toggled = b.Ref is PySet or PyDict ? b : PyValue.FromObject(PySet.From(b, frozen: false));
                foreach (var item in Iteration.ToList(toggled))
                {
                    if (!result.Remove(item))
                    {
                        result.Add(item);
                    }
                }

                break;
        }

        return PyValue.FromObject(result);
    }

    /// <summary>dictviews_to_set: set(view) or set(iterable).</summary>
    private static PySet ToSet(PyValue v) => v.Ref is PyDictView view ? PySet.Of(view.Items()) : PySet.From(v, frozen: false);

    /// <summary>
    /// _PyDictView_Intersect: the view is "self" whichever side it was on; a larger set does the work itself
    /// (set.intersection walks the view), a larger view swaps places, and the smaller side is walked.
    /// </summary>
    private static PySet ViewIntersection(PyValue a, PyValue b)
    {
        var (self, other) = a.Ref is PyDictView { IsSetLike: true } ? (a.As<PyDictView>(), b) : (b.As<PyDictView>(), a);
        if (other.Ref is PySet { Frozen: false } set && self.Count <= set.Count)
        {
            return PySet.Of(self.Items().Where(set.Contains));
        }

        if (other.Ref is PyDictView { IsSetLike: true } view && view.Count > self.Count)
        {
            (self, other) = (view, PyValue.FromObject(self));
        }

        return PySet.Of(Iteration.ToList(other).Where(self.Contains));
    }

    /// <summary>
    /// dictview_richcompare: only against a set, frozenset or set-like view (else == is identity and an order
    /// comparison a TypeError); sizes first, then whether every item of one is in the other.
    /// </summary>
    private static bool ViewCompare(int op, PyValue a, PyValue b)
    {
        if (!IsSetLikeView(a))
        {
            // The reflected comparison: the set's own returned NotImplemented.
            (a, b, op) = (b, a, op switch { 0 => 4, 1 => 5, 4 => 0, 5 => 1, _ => op });
        }

        if (b.Ref is not (PySet or PyDictView { IsSetLike: true }))
        {
            return op switch
            {
                2 => a.SameAs(b),
                3 => !a.SameAs(b),
                _ => throw PythonError.Of(Tags.TypeError,
                    $"'{CompareSymbols[op]}' not supported between instances of '{TypeOf(a).Name}' and '{TypeOf(b).Name}'"),
            };
        }

        var (countA, countB) = (SetLikeCount(a), SetLikeCount(b));
        return op switch
        {
            0 => countA < countB && AllContainedIn(a, b),
            1 => countA <= countB && AllContainedIn(a, b),
            2 => countA == countB && AllContainedIn(a, b),
            3 => !(countA == countB && AllContainedIn(a, b)),
            4 => countA > countB && AllContainedIn(b, a),
            _ => countA >= countB && AllContainedIn(b, a),
        };
    }

    /// <summary>dictviews_isdisjoint: walks the smaller side when the other is a set or a set-like view.</summary>
    public static bool ViewIsDisjoint(PyDictView self, PyValue other)
    {
        if (ReferenceEquals(self, other.Ref))
        {
            return self.Count == 0;
        }

        if (other.Ref is PySet or PyDictView { IsSetLike: true } && SetLikeCount(other) > self.Count)
        {
            return !self.Items().Any(item => Contains(other, item));
        }

        return !Iteration.ToList(other).Exists(self.Contains);
    }

    private static int SetLikeCount(PyValue v) => v.Ref is PySet set ? set.Count : v.As<PyDictView>().Count;

    private static bool AllContainedIn(PyValue items, PyValue container) => Iteration.ToList(items).TrueForAll(item => Contains(container, item));
}
