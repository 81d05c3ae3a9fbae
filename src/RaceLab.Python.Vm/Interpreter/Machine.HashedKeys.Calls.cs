using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The built-ins that take a key (hash(), set.add, dict.get...) or build a set or dict from a list, when a key hashes in Python.</summary>
internal sealed partial class Machine
{
    /// <summary>The call as a keyed task, or null when no key of it hashes in Python.</summary>
    private CallOutcome? StartKeyedCall(SimThread thread, Frame caller, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        if (kwnames is { Items.Length: > 0 })
        {
            return null;
        }

        var (builtin, all) = BuiltinAndArguments(callable, args);
        bool started;
        switch (builtin?.Id)
        {
            case BuiltinId.Hash when all.Length == 1 && KeyRunsPython(all[0]):
                started = StartKeyed(thread, caller, KeyedOp.Call, callable, all, [all[0]], consume);
                break;
            case BuiltinId.SetAdd or BuiltinId.SetDiscard or BuiltinId.SetRemove when all.Length == 2 && all[0].Ref is PySet && KeyRunsPython(all[1]):
            case BuiltinId.DictGet or BuiltinId.DictPop or BuiltinId.DictSetDefault when all.Length is 2 or 3 && all[0].Ref is PyDict && KeyRunsPython(all[1]):
                started = StartKeyed(thread, caller, KeyedOp.Call, PyValue.FromObject(builtin), all, [all[1]], consume);
                break;
            case BuiltinId.SetUpdate when all.Length == 2 && all[0].Ref is PySet && all[1].Ref is PyList or PyTuple or PySet
                && Iteration.ToList(all[1]).Exists(KeyRunsPython):
                started = StartKeyed(thread, caller, KeyedOp.UpdateSet, callable, [all[0]], Iteration.ToList(all[1]), consume);
                break;
            case BuiltinId.DictUpdate when all.Length == 2 && all[0].Ref is PyDict && all[1].Ref is PyDict { Class: null } other
                && other.Items.Exists(p => KeyRunsPython(p.Key)):
                started = StartKeyed(thread, caller, KeyedOp.UpdateMap, callable, [all[0]], [.. other.Items.SelectMany(p => new[] { p.Key, p.Value })], consume);
                break;
            case BuiltinId.CountElements when all.Length == 2 && all[0].Ref is PyDict mapping && CountsNatively(mapping)
                && all[1].Ref is PyList or PyTuple && Iteration.ToList(all[1]).Exists(KeyRunsPython):
                started = StartKeyed(thread, caller, KeyedOp.Count, callable, [all[0]], Iteration.ToList(all[1]), consume);
                break;
            case null when args.Length == 1 && args[0].Ref is PyList or PyTuple && callable.Ref is PyType type:
                {
                    var items = Iteration.ToList(args[0]);
                    if (ReferenceEquals(type, Tags.Set) || ReferenceEquals(type, Tags.FrozenSet))
                    {
                        if (!items.Exists(KeyRunsPython))
                        {
                            return null;
                        }

                        var set = new PySet(frozen: ReferenceEquals(type, Tags.FrozenSet));
                        started = StartKeyed(thread, caller, KeyedOp.BuildSet, callable, [PyValue.FromObject(set)], items, consume);
                        break;
                    }

                    if (!ReferenceEquals(type, Tags.Dict) || PairsWithKeyHashingInPython(items) is not { } pairs)
                    {
                        return null;
                    }

                    started = StartKeyed(thread, caller, KeyedOp.BuildMap, callable, [PyValue.FromObject(new PyDict())], pairs, consume);
                    break;
                }

            default:
                return null;
        }

        return started ? CallOutcome.PythonFrame : CallOutcome.Native;
    }

    /// <summary>dict(list of pairs) with a key that hashes in Python: the keys and values in turn; null otherwise.</summary>
    private static List<PyValue>? PairsWithKeyHashingInPython(List<PyValue> items)
    {
        var flat = new List<PyValue>(2 * items.Count);
        foreach (var item in items)
        {
            if (item.Ref is not (PyTuple or PyList) || Iteration.ToList(item) is not [var key, var value])
            {
                return null;
            }

            flat.Add(key);
            flat.Add(value);
        }

        for (var i = 0; i < flat.Count; i += 2)
        {
            if (KeyRunsPython(flat[i]))
            {
                return flat;
            }
        }

        return null;
    }
}
