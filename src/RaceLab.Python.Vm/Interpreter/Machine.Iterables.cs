using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// enumerate, zip, map, filter, reversed, any, all, min/max with key=, id and hash. CPython's are C code (no
/// check point inside). enumerate, zip, map, filter and reversed make lazy iterators (stepped by Machine.LazyIterators
/// when they run Python); any and all materialize their input at the call, which is what a program
/// sees unless another thread changes the iterable while it is being iterated.
/// </summary>
internal sealed partial class Machine
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _ids = [];
    private long _nextId = 0x7f0000001000;

    private PyValue IterableBuiltin(SimThread thread, PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        switch (builtin.Id)
        {
            case BuiltinId.Enumerate:
                {
                    var start = kw is not null && kw.TryGetValue("start", out var s) ? s : pos.Length > 1 ? pos[1] : PyValue.FromInt(0);
                    return PyValue.FromObject(new Values.Itertools.PyEnumerate(IteratorOf(pos[0]), start));
                }

            case BuiltinId.Zip:
                return PyValue.FromObject(new Values.Itertools.PyZip([.. pos.ToArray().Select(IteratorOf)]));

            case BuiltinId.Map:
                Expect(builtin, pos, 2, int.MaxValue, kw);
                return PyValue.FromObject(new Values.Itertools.PyMap(pos[0], [.. pos[1..].ToArray().Select(IteratorOf)]));
            case BuiltinId.Filter:
                Expect(builtin, pos, 2, 2, kw);
                return PyValue.FromObject(new Values.Itertools.PyFilter(pos[0], IteratorOf(pos[1])));

            case BuiltinId.Reversed:
                {
                    Expect(builtin, pos, 1, 1, kw);
                    switch (pos[0].Ref)
                    {
                        case PyList or PyTuple or string:
                            return PyValue.FromObject(Values.Itertools.PyReversed.Of(pos[0]));
                        case PyDict dict:
                            return PyValue.FromObject(Values.Itertools.PyDictIterator.Of(dict, DictViewKind.Keys, reversed: true));
                        case PyDictView view:
                            return PyValue.FromObject(Values.Itertools.PyDictIterator.Of(view.Dict, view.Kind, reversed: true));
                        case not PyRange:
                            throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(pos[0]).Name}' object is not reversible");
                    }

                    var items = Iteration.ToList(pos[0]);
                    items.Reverse();
                    return Iterator(items);
                }

            case BuiltinId.Any:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromBool(Iteration.ToList(pos[0]).Exists(PyOps.Truthy));
            case BuiltinId.All:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromBool(Iteration.ToList(pos[0]).TrueForAll(PyOps.Truthy));
            case BuiltinId.Id:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromInt(IdOf(pos[0]));
            case BuiltinId.Hash:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromInt(PyHash.Of(pos[0]));
            default:
                return ExtremeWithKey(thread, builtin, pos, kw, builtin.Id == BuiltinId.Max);
        }
    }

    /// <summary>min()/max() with key= and default= (CPython keeps the first of equal extremes).</summary>
    private PyValue ExtremeWithKey(SimThread thread, PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw, bool max)
    {
        if (kw is not null && kw.Keys.Any(k => k is not ("key" or "default")))
        {
            throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() got an unexpected keyword argument '{kw.Keys.First(k => k is not ("key" or "default"))}'");
        }

        var items = pos.Length == 1 ? Iteration.ToList(pos[0]) : [.. pos];
        PyValue key = default;
        var hasKey = kw is not null && kw.TryGetValue("key", out key) && !key.IsNone;
        if (items.Count == 0)
        {
            return kw is not null && kw.TryGetValue("default", out var fallback)
                ? fallback
                : throw PythonError.Of(Tags.ValueError, Version >= Python.PythonVersion.Py312
                    ? $"{builtin.Name}() iterable argument is empty"
                    : $"{builtin.Name}() arg is an empty sequence");
        }

        var best = items[0];
        var bestKey = hasKey ? CallNative(thread, key, [best], null) : best;
        for (var i = 1; i < items.Count; i++)
        {
            var itemKey = hasKey ? CallNative(thread, key, [items[i]], null) : items[i];
            if (PyOps.Compare(max ? 4 : 0, itemKey, bestKey))
            {
                (best, bestKey) = (items[i], itemKey);
            }
        }

        return best;
    }

    /// <summary>id(): a number per object, handed out in the order the program asks (deterministic per run).</summary>
    private long IdOf(PyValue v)
    {
        if (v.IsInt || v.IsBool || v.IsFloat || v.IsNone)
        {
            return 0x7f0000000000 + (PyHash.Of(v) & 0xFFFFFF);
        }

        var obj = v.Ref!;
        if (obj is PyInstance { Address: not 0 } instance)
        {
            return instance.Address;
        }

        if (!_ids.TryGetValue(obj, out var id))
        {
            id = NextId();
            _ids.Add(obj, id);
        }

        return (long)id;
    }

    /// <summary>The next object number: 16 apart, as CPython's objects are aligned.</summary>
    private long NextId()
    {
        var id = _nextId;
        _nextId += 16;
        return id;
    }

    /// <summary>
    /// iter() as map / filter / zip / enumerate call it: an object of the program's class is here what its
    /// __iter__ returned already (Machine.LazyIteratorArgs), an iterator whose __next__ the steps call.
    /// </summary>
    private static PyValue IteratorOf(PyValue iterable) =>
        HasPythonClass(iterable.Ref) && SpecialOf(iterable, "__next__") is not null ? iterable : Iteration.GetIter(iterable);

    private static PyValue Iterator(IEnumerable<PyValue> items)
    {
        var list = new PyList([.. items]);
        return Iteration.GetIter(PyValue.FromObject(list));
    }
}
