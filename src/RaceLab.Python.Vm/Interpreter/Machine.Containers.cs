using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// List and dict methods. In CPython they are C functions: each runs without a check point inside, so under
/// the GIL one call is atomic (the window between two calls is not).
/// </summary>
internal sealed partial class Machine
{
    private static PyValue ListMethod(PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var items = pos[0].As<PyList>().Items;
        var args = pos[1..];
        switch (method.Id)
        {
            case BuiltinId.ListIndex:
                {
                    Expect(method, pos, 2, 2, kw);
                    var wanted = args[0];
                    var found = items.FindIndex(v => PyOps.Equal(v, wanted));
                    return found >= 0
                        ? PyValue.FromInt(found)
                        : throw PythonError.Of(Tags.ValueError, $"{PyFormat.Repr(args[0])} is not in list");
                }

            case BuiltinId.ListCount:
                {
                    Expect(method, pos, 2, 2, kw);
                    var value = args[0];
                    return PyValue.FromInt(items.Count(v => PyOps.Equal(v, value)));
                }

            case BuiltinId.ListInsert:
                {
                    Expect(method, pos, 3, 3, kw);
                    var at = (int)Math.Clamp(args[0].Int < 0 ? args[0].Int + items.Count : args[0].Int, 0, items.Count);
                    items.Insert(at, args[1]);
                    return PyValue.None;
                }

            case BuiltinId.ListRemove:
                {
                    Expect(method, pos, 2, 2, kw);
                    var wanted = args[0];
                    var found = items.FindIndex(v => PyOps.Equal(v, wanted));
                    if (found < 0)
                    {
                        throw PythonError.Of(Tags.ValueError, "list.remove(x): x not in list");
                    }

                    items.RemoveAt(found);
                    return PyValue.None;
                }

            case BuiltinId.ListReverse:
                Expect(method, pos, 1, 1, kw);
                items.Reverse();
                return PyValue.None;
            case BuiltinId.ListClear:
                Expect(method, pos, 1, 1, kw);
                items.Clear();
                return PyValue.None;
            case BuiltinId.ListCopy:
                Expect(method, pos, 1, 1, kw);
                return PyValue.FromObject(new PyList([.. items]));
            default:
                {
                    // list.sort(*, reverse=False), in place and stable.
                    var sorted = Sorted([PyValue.FromObject(new PyList([.. items]))], kw).As<PyList>().Items;
                    items.Clear();
                    items.AddRange(sorted);
                    return PyValue.None;
                }
        }
    }

    private static PyValue DictMethod(PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        if (pos[0].Ref is PyAttributeDict view)
        {
            return ViewMethod(view, method, pos, kw);
        }

        var dict = pos[0].As<PyDict>();
        var args = pos[1..];
        switch (method.Id)
        {
            case BuiltinId.DictGet:
                Expect(method, pos, 2, 3, kw);
                return dict.TryGet(args[0], out var got) ? got : args.Length > 1 ? args[1] : PyValue.None;
            case BuiltinId.DictSetDefault:
                {
                    Expect(method, pos, 2, 3, kw);
                    if (dict.TryGet(args[0], out var existing))
                    {
                        return existing;
                    }

                    var value = args.Length > 1 ? args[1] : PyValue.None;
                    dict.Set(args[0], value);
                    return value;
                }

            case BuiltinId.DictPop:
                {
                    Expect(method, pos, 2, 3, kw);
                    var wanted = args[0];
                    var at = dict.Items.FindIndex(p => PyOps.Equal(p.Key, wanted));
                    if (at < 0)
                    {
                        return args.Length > 1 ? args[1] : throw new PythonError(new PyException(Tags.KeyError, [args[0]]));
                    }

                    var value = dict.Items[at].Value;
                    dict.Items.RemoveAt(at);
                    return value;
                }

            case BuiltinId.DictUpdate:
                {
                    if (args.Length > 0)
                    {
                        foreach (var (key, value) in Pairs(args[0]))
                        {
                            dict.Set(key, value);
                        }
                    }

                    foreach (var (name, value) in kw ?? [])
                    {
                        dict.Set(PyValue.FromString(name), value);
                    }

                    return PyValue.None;
                }

            case BuiltinId.DictItems:
                Expect(method, pos, 1, 1, kw);
                return PyValue.FromObject(new PyDictView(dict, DictViewKind.Items));
            case BuiltinId.DictKeys:
                Expect(method, pos, 1, 1, kw);
                return PyValue.FromObject(new PyDictView(dict, DictViewKind.Keys));
            case BuiltinId.DictValues:
                Expect(method, pos, 1, 1, kw);
                return PyValue.FromObject(new PyDictView(dict, DictViewKind.Values));
            case BuiltinId.DictClear:
                dict.Items.Clear();
                return PyValue.None;
            default:
                {
                    // defaultdict.copy() is a defaultdict with the same factory.
                    var copy = new PyDict { DefaultFactory = dict.DefaultFactory };
                    copy.Items.AddRange(dict.Items);
                    return PyValue.FromObject(copy);
                }
        }
    }

    /// <summary>A dict method of <c>obj.__dict__</c>: run on its snapshot; one that changed it writes the attributes back.</summary>
    private static PyValue ViewMethod(PyAttributeDict view, PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var writes = method.Id is BuiltinId.DictSetDefault or BuiltinId.DictPop or BuiltinId.DictUpdate or BuiltinId.DictClear;
        if (writes && view.ReadOnly)
        {
            throw PythonError.Of(Tags.AttributeError, $"'mappingproxy' object has no attribute '{method.Name}'");
        }

        var snapshot = view.Snapshot();
        var result = DictMethod(method, [PyValue.FromObject(snapshot), .. pos[1..]], kw);
        if (writes)
        {
            view.Replace(snapshot);
        }

        return result;
    }

    /// <summary>del container[index]: a dict key, a list index or a list slice.</summary>
    private static void DeleteSubscript(PyValue container, PyValue index)
    {
        switch (container.Ref)
        {
            case PyAttributeDict view:
                view.CheckWritable();
                if (!index.IsString || !view.Names.Remove(index.String))
                {
                    throw new PythonError(new PyException(Tags.KeyError, [index]));
                }

                return;
            case PyDict dict:
                {
                    var at = dict.Items.FindIndex(p => PyOps.Equal(p.Key, index));
                    if (at < 0)
                    {
                        throw new PythonError(new PyException(Tags.KeyError, [index]));
                    }

                    dict.Items.RemoveAt(at);
                    return;
                }

            case PyList list when index.Ref is PySlice slice:
                foreach (var i in slice.Indexes(list.Items.Count).OrderDescending())
                {
                    list.Items.RemoveAt(i);
                }

                return;
            case PyList list when index.IsIntegral:
                list.Items.RemoveAt(Index(index, list.Items.Count, "list assignment"));
                return;
        }

        throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(container).Name}' object doesn't support item deletion");
    }

    /// <summary>del obj.name: from the instance's (or class's) own attributes.</summary>
    private void DeleteAttribute(PyValue owner, string name)
    {
        var removed = owner.Ref switch
        {
            PyThreadLocal local => local.For(_executing!.Id).Remove(name),
            PyInstance instance => instance.RemoveAttribute(name),
            PyThreadObject { Dict: { } dict } => dict.Remove(name),
            PyException { Dict: { } dict } => dict.Remove(name),
            PyFunction { Dict: { } dict } => dict.Remove(name),
            PyClass type => type.Dict.Remove(name) && Changed(),
            _ => false,
        };
        if (!removed)
        {
            // 3.9/3.10's generic delattr lets the dict's KeyError become AttributeError(name).
            throw PythonError.Of(Tags.AttributeError, Version <= PythonVersion.Py310 ? name
                : owner.Ref is PyClass type ? $"type object '{type.Name}' has no attribute '{name}'"
                : $"'{PyOps.TypeOf(owner).Name}' object has no attribute '{name}'");
        }

        static bool Changed()
        {
            PyClass.NamespaceChanged();
            return true;
        }
    }

    private static IEnumerable<(PyValue Key, PyValue Value)> Pairs(PyValue source)
    {
        if ((source.Ref as PyDict ?? (source.Ref as PyAttributeDict)?.Snapshot()) is { } other)
        {
            return other.Items.Select(p => (p.Key, p.Value)).ToList();
        }

        return Iteration.ToList(source).Select(item =>
        {
            var pair = Iteration.ToList(item);
            return pair.Count == 2 ? (pair[0], pair[1]) : throw PythonError.Of(Tags.ValueError, "dictionary update sequence element has wrong length");
        }).ToList();
    }
}
