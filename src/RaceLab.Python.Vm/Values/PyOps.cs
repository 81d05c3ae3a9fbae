using System.Numerics;

namespace RaceLab.Python.Vm.Values;

/// <summary>Python's operators on VM values: the slow paths behind the dispatch loop's int fast paths.</summary>
internal static partial class PyOps
{
    public static PyType TypeOf(PyValue v) => v.Ref switch
    {
        ValueTag tag => tag.Type,
        PyBigInt => Tags.Int,
        string => Tags.Str,
        PyTuple t => t.Class ?? Tags.Tuple,
        PyList l => l.Class ?? Tags.List,
        PyDeque => Tags.Deque,
        PyRandomCore => Tags.RandomCore,
        PyThreadLocal => Tags.ThreadLocal,
        PyTextStream => Tags.TextStream,
        PyStringIO => Tags.StringIO,
        Itertools.PyNativeIterator n => n.Type,
        PyDict d => d.Class ?? (d.IsDefaultDict ? Tags.DefaultDict : Tags.Dict),
        PyAttributeDict a => a.Type,
        PyDictView view => view.Type,
        PyPlainObject => Tags.Object,
        PyPartial => Tags.Partial,
        PyLruCache => Tags.LruCacheWrapper,
        PySet s => s.Class ?? (s.Frozen ? Tags.FrozenSet : Tags.Set),
        PyRange => Tags.Range,
        PyFunction => Tags.Function,
        PyBuiltin or PyBoundMethod => Tags.BuiltinFunction,
        PyModule => Tags.Module,
        PyType => Tags.Type,
        PyException e => e.Type,
        PyInstance i => i.Class,
        Threading.PyThreadObject { Class: { } c } => c,
        Threading.PyThreadObject => Tags.Thread,
        PyMethod => Tags.Method,
        PySuper => Tags.Super,
        Threading.PyLock => Tags.Lock,
        PySlice => Tags.Slice,
        PyGenerator => Tags.Generator,
        PyNotImplemented => Tags.NotImplementedType,
        _ => Tags.Iterator,
    };

    public static bool Truthy(PyValue v)
    {
        if (v.IsBool || v.IsInt)
        {
            return v.Int != 0;
        }

        return v.Ref switch
        {
            null => false,
            ValueTag tag when ReferenceEquals(tag, Tags.NoneValue) => false,
            ValueTag tag when ReferenceEquals(tag, Tags.FloatValue) => v.Float != 0,
            PyBigInt => true,
            string s => s.Length > 0,
            PyTuple t => t.Items.Length > 0,
            PyList l => l.Items.Count > 0,
            PyDeque d => d.Count > 0,
            PyDict d => d.Items.Count > 0,
            PyDictView view => view.Count > 0,
            PySet s => s.Count > 0,
            PyRange r => r.Length > 0,
            PyInstance { NativeValue.IsNull: false } i => Truthy(i.NativeValue),
            _ => true,
        };
    }

    public static bool Equal(PyValue a, PyValue b)
    {
        if (a.IsIntegral && b.IsIntegral)
        {
            return (a.IsBigInt || b.IsBigInt) ? a.ToBig() == b.ToBig() : a.Int == b.Int;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return ToDouble(a) == ToDouble(b);
        }

        if (BuiltinSubclass.HasNativeValue(a) || BuiltinSubclass.HasNativeValue(b))
        {
            return Equal(BuiltinSubclass.Unwrap(a), BuiltinSubclass.Unwrap(b));
        }

        return (a.Ref, b.Ref) switch
        {
            (string x, string y) => x == y,
            (PyTuple x, PyTuple y) => SequenceEqual(x.Items, y.Items),
            (PyList x, PyList y) => SequenceEqual(x.Items, y.Items),
            (PySet x, PySet y) => x.Count == y.Count && x.Items.All(y.Contains),
            (PyDict x, PyDict y) => x.Items.Count == y.Items.Count && x.Items.All(p => y.TryGet(p.Key, out var v) && Equal(p.Value, v)),
            (PyDictView { IsSetLike: true }, _) or (_, PyDictView { IsSetLike: true }) => ViewCompare(2, a, b),
            _ => a.SameAs(b),
        };
    }

    private static bool SequenceEqual(IReadOnlyList<PyValue> x, IReadOnlyList<PyValue> y)
    {
        if (x.Count != y.Count)
        {
            return false;
        }

        for (var i = 0; i < x.Count; i++)
        {
            if (!Equal(x[i], y[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsNumber(PyValue v) => v.IsIntegral || v.IsFloat;

    public static double ToDouble(PyValue v) => v.IsFloat ? v.Float : v.IsBigInt ? (double)v.ToBig() : v.Int;

    /// <summary>COMPARE_OP: 0 &lt;, 1 &lt;=, 2 ==, 3 !=, 4 &gt;, 5 &gt;=.</summary>
    public static bool Compare(int op, PyValue a, PyValue b)
    {
        if (op == 2)
        {
            return Equal(a, b);
        }

        if (op == 3)
        {
            return !Equal(a, b);
        }

        if (IsSetLikeView(a) || IsSetLikeView(b))
        {
            return ViewCompare(op, a, b);
        }

        var c = Order(a, b, op);
        return op switch
        {
            0 => c < 0,
            1 => c <= 0,
            4 => c > 0,
            _ => c >= 0,
        };
    }

    private static readonly string[] CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];

    private static int Order(PyValue a, PyValue b, int op)
    {
        if (a.IsIntegral && b.IsIntegral)
        {
            return (a.IsBigInt || b.IsBigInt) ? a.ToBig().CompareTo(b.ToBig()) : a.Int.CompareTo(b.Int);
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return ToDouble(a).CompareTo(ToDouble(b));
        }

        if (BuiltinSubclass.HasNativeValue(a) || BuiltinSubclass.HasNativeValue(b))
        {
            return Order(BuiltinSubclass.Unwrap(a), BuiltinSubclass.Unwrap(b), op);
        }

        switch (a.Ref, b.Ref)
        {
            case (string x, string y):
                return string.CompareOrdinal(x, y);
            case (PyTuple x, PyTuple y):
                return OrderSequences(x.Items, y.Items, op);
            case (PyList x, PyList y):
                return OrderSequences(x.Items, y.Items, op);
        }

        throw PythonError.Of(Tags.TypeError,
            $"'{CompareSymbols[op]}' not supported between instances of '{TypeOf(a).Name}' and '{TypeOf(b).Name}'");
    }

    private static int OrderSequences(IReadOnlyList<PyValue> x, IReadOnlyList<PyValue> y, int op)
    {
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            if (!Equal(x[i], y[i]))
            {
                return Order(x[i], y[i], op);
            }
        }

        return x.Count.CompareTo(y.Count);
    }

    public static PyValue Negate(PyValue v)
    {
        v = BuiltinSubclass.Unwrap(v);
        if (v.IsInt || v.IsBool)
        {
            return v.Int == long.MinValue ? PyValue.FromBig(-(BigInteger)v.Int) : PyValue.FromInt(-v.Int);
        }

        if (v.IsBigInt)
        {
            return PyValue.FromBig(-v.ToBig());
        }

        if (v.IsFloat)
        {
            return PyValue.FromFloat(-v.Float);
        }

        throw PythonError.Of(Tags.TypeError, $"bad operand type for unary -: '{TypeOf(v).Name}'");
    }

    public static PyValue Invert(PyValue v) => BuiltinSubclass.HasNativeValue(v) ? Invert(BuiltinSubclass.Unwrap(v)) : v.IsIntegral
        ? PyValue.FromBig(-v.ToBig() - 1)
        : throw PythonError.Of(Tags.TypeError, $"bad operand type for unary ~: '{TypeOf(v).Name}'");

    public static PyValue Positive(PyValue v) => BuiltinSubclass.HasNativeValue(v) ? Positive(BuiltinSubclass.Unwrap(v)) : v.IsBool ? PyValue.FromInt(v.Int) : IsNumber(v)
        ? v
        : throw PythonError.Of(Tags.TypeError, $"bad operand type for unary +: '{TypeOf(v).Name}'");

    public static bool Contains(PyValue container, PyValue item) => container.Ref switch
    {
        PyInstance { NativeValue.IsNull: false } i => Contains(i.NativeValue, BuiltinSubclass.Unwrap(item)),
        string s when item.Ref is PyInstance { NativeValue.IsString: true } sub => s.Contains(sub.NativeValue.String, StringComparison.Ordinal),
        PyList l => l.Items.Exists(x => Equal(x, item)),
        PyDeque d => d.Items.Any(x => Equal(x, item)),
        PyTuple t => Array.Exists(t.Items, x => Equal(x, item)),
        string s when item.Ref is string sub => s.Contains(sub, StringComparison.Ordinal),
        PyDict d => d.TryGet(item, out _),
        PyAttributeDict a => item.IsString && a.Names.ContainsKey(item.String),
        PySet s => s.Contains(item),
        PyDictView view => view.Contains(item),
        PyRange r when item.IsIntegral => RangeContains(r, item.Int),
        _ => throw PythonError.Of(Tags.TypeError, $"argument of type '{TypeOf(container).Name}' is not iterable"),
    };

    private static bool RangeContains(PyRange r, long x)
    {
        var inside = r.Step > 0 ? x >= r.Start && x < r.Stop : x <= r.Start && x > r.Stop;
        return inside && (x - r.Start) % r.Step == 0;
    }
}
