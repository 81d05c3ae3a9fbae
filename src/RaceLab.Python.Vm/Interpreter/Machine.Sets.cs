using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>Set methods: C functions in CPython, so one call is atomic under the GIL.</summary>
internal sealed partial class Machine
{
    private static PyValue SetMethod(PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var set = pos[0].As<PySet>();
        var args = pos[1..];
        switch (method.Id)
        {
            case BuiltinId.SetAdd:
                Expect(method, pos, 2, 2, kw);
                set.Add(args[0]);
                return PyValue.None;
            case BuiltinId.SetDiscard:
                Expect(method, pos, 2, 2, kw);
                set.Remove(args[0]);
                return PyValue.None;
            case BuiltinId.SetRemove:
                Expect(method, pos, 2, 2, kw);
                return set.Remove(args[0]) ? PyValue.None : throw new PythonError(new PyException(Tags.KeyError, [args[0]]));
            case BuiltinId.SetPop:
                {
                    Expect(method, pos, 1, 1, kw);
                    var first = set.Items.Take(1).ToList();
                    if (first.Count == 0)
                    {
                        throw PythonError.Of(Tags.KeyError, "pop from an empty set");
                    }

                    set.Remove(first[0]);
                    return first[0];
                }

            case BuiltinId.SetClear:
                Expect(method, pos, 1, 1, kw);
                set.Clear();
                return PyValue.None;
            case BuiltinId.SetCopy:
                Expect(method, pos, 1, 1, kw);
                return PyValue.FromObject(PySet.From(pos[0], set.Frozen));
            case BuiltinId.SetUpdate:
                foreach (var other in args)
                {
                    set.Update(other);
                }

                return PyValue.None;
            case BuiltinId.SetUnion:
                return PyValue.FromObject(PySet.Of([.. set.Items, .. args.ToArray().SelectMany(Iteration.ToList)], set.Frozen));
            case BuiltinId.SetIntersection:
                {
                    var others = args.ToArray().Select(o => PySet.Of(Iteration.ToList(o))).ToList();
                    return PyValue.FromObject(PySet.Of(set.Items.Where(v => others.All(o => o.Contains(v))), set.Frozen));
                }

            case BuiltinId.SetDifference:
                {
                    var others = args.ToArray().Select(o => PySet.Of(Iteration.ToList(o))).ToList();
                    return PyValue.FromObject(PySet.Of(set.Items.Where(v => !others.Any(o => o.Contains(v))), set.Frozen));
                }

            case BuiltinId.SetIsSubset:
                {
                    Expect(method, pos, 2, 2, kw);
                    var other = PySet.Of(Iteration.ToList(args[0]));
                    return PyValue.FromBool(set.Items.All(other.Contains));
                }

            default:
                {
                    Expect(method, pos, 2, 2, kw);
                    var other = Iteration.ToList(args[0]);
                    return PyValue.FromBool(other.All(set.Contains));
                }
        }
    }
}
