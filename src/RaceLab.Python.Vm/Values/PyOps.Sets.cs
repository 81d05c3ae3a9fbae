namespace RaceLab.Python.Vm.Values;

internal static partial class PyOps
{
    /// <summary>| &amp; - ^ on sets as setobject.c builds them (which decides the result's order), in place for |= and the like.</summary>
    private static PyValue SetOperator(int op, bool inPlace, PySet x, PySet y, PyValue left)
    {
        var result = op switch
        {
            BinaryOps.Or => Copy(x, y),
            BinaryOps.And => Intersection(x, y),
            BinaryOps.Subtract => PySet.Of(x.Items.Where(v => !y.Contains(v)), x.Frozen),
            _ => SymmetricDifference(x, y),
        };
        if (!inPlace || x.Frozen)
        {
            return PyValue.FromObject(result);
        }

        var items = result.Items.ToList();
        x.Clear();
        foreach (var item in items)
        {
            x.Add(item);
        }

        return left;
    }

    /// <summary>set_or: a copy of the left operand merged with the right.</summary>
    private static PySet Copy(PySet x, PySet y)
    {
        var result = PySet.From(PyValue.FromObject(x), x.Frozen);
        result.Update(PyValue.FromObject(y));
        return result;
    }

    /// <summary>set_intersection: walks the smaller set, keeping what the larger holds.</summary>
    private static PySet Intersection(PySet x, PySet y)
    {
        var (small, large) = y.Count > x.Count ? (x, y) : (y, x);
        return PySet.Of(small.Items.Where(large.Contains), x.Frozen);
    }

    /// <summary>set_symmetric_difference: a copy of the right operand, then each left item toggled.</summary>
    private static PySet SymmetricDifference(PySet x, PySet y)
    {
        var result = PySet.From(PyValue.FromObject(y), x.Frozen);
        foreach (var item in x.Items)
        {
            if (!result.Remove(item))
            {
                result.Add(item);
            }
        }

        return result;
    }
}
