using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Dict and set operations on keys whose class defines <c>__hash__</c> (and <c>__eq__</c>) in Python, as
/// CPython's lookdict and set_lookkey run them: the key's <c>__hash__</c>, then, along the entries that hold the
/// same hash (an identical key matches without a call), the stored key's <c>__eq__</c> with the looked-up one
/// (reflected when it returns NotImplemented) until one is true; then the operation, natively, on the entry
/// found. Each method runs in a frame the instruction pushed, as the slot wrappers do, so each is a check point
/// where CPython has one. The hash is kept on the instance (<see cref="PyInstance.StoredHash"/>) as CPython
/// keeps it in the entry; with the entry found standing in for the key, the native operation (whose equality
/// of instances is identity) then does what CPython's does.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>
    /// Whether hashing or comparing a key runs Python code: an instance whose class defines <c>__hash__</c> in
    /// Python, or a tuple or frozenset holding (at any depth) an object whose class defines <c>__hash__</c> or
    /// <c>__eq__</c> (an <c>__eq__</c> alone makes it unhashable: hashing the tuple raises).
    /// </summary>
    private static bool KeyRunsPython(PyValue key) => key.Ref switch
    {
        PyInstance => SpecialOf(key, "__hash__") is not null,
        PyTuple or PySet { Frozen: true } => HoldsPythonKeyParts(key, 0),
        _ => false,
    };

    private static bool HoldsPythonKeyParts(PyValue value, int depth)
    {
        IEnumerable<PyValue> items;
        switch (value.Ref)
        {
            case PyInstance:
                return SpecialOf(value, "__hash__") is not null || SpecialOf(value, "__eq__") is not null;
            case PyTuple tuple when depth < EqualityDepth:
                items = tuple.Items;
                break;
            case PySet { Frozen: true } set when depth < EqualityDepth:
                items = set.Items;
                break;
            default:
                return false;
        }

        foreach (var item in items)
        {
            if (HoldsPythonKeyParts(item, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The objects whose Python <c>__hash__</c> hashing the key calls, in the order tuplehash calls them: the key
    /// itself, or a tuple's items depth first, up to the first unhashable one (whose TypeError the native hash then
    /// raises). A frozenset's hash is made of its entries' stored hashes, so it calls none.
    /// </summary>
    private static List<PyInstance> PythonHashers(PyValue key)
    {
        var hashers = new List<PyInstance>();
        AddHashers(key, hashers);
        return hashers;
    }

    /// <summary>False at an unhashable item: tuplehash stops there.</summary>
    private static bool AddHashers(PyValue value, List<PyInstance> hashers)
    {
        switch (value.Ref)
        {
            case PyInstance instance when SpecialOf(value, "__hash__") is not null:
                hashers.Add(instance);
                return true;
            case PyInstance instance:
                return !PyHash.IsUnhashable(instance.Class);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (!AddHashers(item, hashers))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return value.Ref is not (PyList or PyDict or PySet { Frozen: false });
        }
    }

    /// <summary>Starts a keyed operation with the caller's stack already cut to <paramref name="consume"/>; false when it finished at once.</summary>
    private bool StartKeyed(SimThread thread, Frame caller, KeyedOp op, PyValue callable, PyValue[] args, List<PyValue> items, int consume)
    {
        caller.Sp = consume;
        var task = new NativeTask
        {
            Kind = NativeTaskKind.Keyed,
            Callable = callable,
            Args = args,
            Items = items,
            Function = PyValue.FromInt((int)op),
        };
        NextKey(thread, caller, task);
        return !ReferenceEquals(thread.Top, caller);
    }

    private static KeyedOp OpOf(NativeTask task) => (KeyedOp)task.Function.Int;

    /// <summary>The dict or set the keys are looked up in (none for hash()).</summary>
    private static object? KeyContainer(NativeTask task) =>
        OpOf(task) == KeyedOp.Call && task.Args[0].Ref is not (PyDict or PySet) ? null : task.Args[0].Ref;

    /// <summary>Hashes the current key: its Python __hash__ in a frame, or the native hash at once.</summary>
    private void NextKey(SimThread thread, Frame caller, NativeTask task)
    {
        while (task.Index < task.Items.Count)
        {
            var key = task.Items[task.Index];
            if (PythonHashers(key) is [var first, ..])
            {
                task.Step = -1;
                PushTaskFrame(thread, caller, task, SpecialOf(PyValue.FromObject(first), "__hash__")!, [PyValue.FromObject(first)]);
                return;
            }

            if (!KeyHashed(thread, caller, task, key.Ref is PyInstance { StoredHash: null } ? null : PyHash.Of(key)))
            {
                return;
            }
        }

        FinishKeyed(caller, task);
    }

    /// <summary>The key's hash is known (null: an object hashed by identity): its candidates, then their __eq__; true when the key is done.</summary>
    private bool KeyHashed(SimThread thread, Frame caller, NativeTask task, long? hash)
    {
        var key = task.Items[task.Index];
        task.Hash = hash ?? 0;
        bool Matches(PyValue stored) => stored.SameAs(key) || (hash is { } h && StoredHashOf(stored) == h);
        task.Results = KeyContainer(task) switch
        {
            PyDict dict => [.. dict.Items.Select(p => p.Key).Where(Matches)],
            PySet set => [.. set.Probe(PyHash.Of(key), k => k.SameAs(key)).Where(Matches)],
            _ => [],
        };
        task.Probe = 0;
        task.Found = default;
        task.Answers.Clear();
        return NextCandidate(thread, caller, task);
    }

    /// <summary>The hash a dict or set entry holds for a key (null: an object hashed by identity).</summary>
    private static long? StoredHashOf(PyValue stored) => stored.Ref is PyInstance instance ? instance.StoredHash : PyHash.Of(stored);

    /// <summary>Compares the key with the next candidate (lookdict's == of the entry with the key): true when the key is done (found, or no candidate is left).</summary>
    private bool NextCandidate(SimThread thread, Frame caller, NativeTask task)
    {
        var key = task.Items[task.Index];
        for (; task.Probe < task.Results.Count; task.Probe++, task.Answers.Clear())
        {
            var stored = task.Results[task.Probe];
            EqualityPair pending = default;
            var verdict = stored.SameAs(key) || ReplayEqual(stored, key, identityFirst: false, task.Answers, out pending) is true;
            if (!verdict && !pending.Left.IsNull)
            {
                PushEqualityStep(thread, caller, task, pending);
                return false;
            }

            if (verdict)
            {
                task.Found = stored;
                break;
            }
        }

        ApplyKey(thread, caller, task);
        return ReferenceEquals(thread.Top, caller);
    }

    /// <summary>A frame the keyed task pushed returned: the hash of the key (or of its next item), or an __eq__'s answer.</summary>
    private void ResumeKeyed(SimThread thread, Frame caller, NativeTask task, PyValue value)
    {
        var key = task.Items[task.Index];
        if (task.Step < 0)
        {
            var hashers = PythonHashers(key);
            var done = -1 - task.Step;
            hashers[done].StoredHash = HashResult(value);
            if (done + 1 < hashers.Count)
            {
                task.Step--;
                var next = PyValue.FromObject(hashers[done + 1]);
                PushTaskFrame(thread, caller, task, SpecialOf(next, "__hash__")!, [next]);
                return;
            }

            // Every item's hash is stored: the native hash of the key combines them (or raises for an unhashable item).
            if (KeyHashed(thread, caller, task, PyHash.Of(key)))
            {
                NextKey(thread, caller, task);
            }

            return;
        }

        ReplayEqual(task.Results[task.Probe], key, identityFirst: false, task.Answers, out var pending);
        if (EqualityStepReturned(thread, caller, task, pending, value) && NextCandidate(thread, caller, task))
        {
            NextKey(thread, caller, task);
        }
    }

    /// <summary>slot_tp_hash: an int (one beyond a Py_ssize_t hashed as an int is), -1 becoming -2.</summary>
    private static long HashResult(PyValue value)
    {
        if (!value.IsIntegral)
        {
            throw PythonError.Of(Tags.TypeError, "__hash__ method should return an integer");
        }

        return value.IsBigInt ? PyHash.Of(value) : value.Int == -1 ? -2 : value.Int;
    }

    /// <summary>The operation on the current key, with the entry found (if any) in its place; then the task moves to the next key.</summary>
    private void ApplyKey(SimThread thread, Frame caller, NativeTask task)
    {
        var key = task.Items[task.Index];
        var entry = task.Found.IsNull ? key : task.Found;
        var op = OpOf(task);
        task.Index += op is KeyedOp.AddToMap or KeyedOp.BuildMap or KeyedOp.UpdateMap ? 2 : 1;
        switch (op)
        {
            case KeyedOp.Subscript:
                SubscriptFound(thread, caller, task.Args[0], key, task.Found);
                return;
            case KeyedOp.Contains or KeyedOp.NotContains:
                caller.Slots[caller.Sp++] = PyValue.FromBool(task.Found.IsNull == (op == KeyedOp.NotContains));
                return;
            case KeyedOp.Store:
                StoreSubscript(task.Args[0], entry, task.Args[2]);
                return;
            case KeyedOp.Delete:
                DeleteSubscript(task.Args[0], entry);
                return;
            case KeyedOp.AddToSet or KeyedOp.BuildSet or KeyedOp.UpdateSet:
                task.Args[0].As<PySet>().Add(entry);
                return;
            case KeyedOp.Count:
                CountElement(task.Args[0].As<PyDict>(), entry);
                return;
            case KeyedOp.AddToMap or KeyedOp.BuildMap or KeyedOp.UpdateMap:
                task.Args[0].As<PyDict>().Set(entry, task.Items[task.Index - 1]);
                return;
            default:
                {
                    var args = task.Args.ToArray();
                    args[KeyIndex(task)] = entry;
                    caller.Slots[caller.Sp++] = CallNative(thread, task.Callable, args, task.KwNames);
                    return;
                }
        }
    }

    /// <summary>Where a keyed built-in takes its key: hash(key), method(self, key).</summary>
    private static int KeyIndex(NativeTask task) => task.Callable.Ref is PyBuiltin { Id: BuiltinId.Hash } ? 0 : 1;

    /// <summary>d[key] once the lookup is done: the value, else what dict_subscript does for a missing key.</summary>
    private void SubscriptFound(SimThread thread, Frame caller, PyValue container, PyValue key, PyValue found)
    {
        var dict = container.As<PyDict>();
        if (!found.IsNull && dict.TryGet(found, out var value))
        {
            caller.Slots[caller.Sp++] = value;
        }
        else if (dict.IsDefaultDict)
        {
            MissingKey(thread, caller, dict, key, caller.Sp);
        }
        else if (SpecialOf(container, "__missing__") is { } missing)
        {
            CallSpecial(thread, caller, missing, [container, key], caller.Sp, FrameResult.ReturnValue);
        }
        else
        {
            throw new PythonError(new PyException(Tags.KeyError, [key]));
        }
    }

    /// <summary>Every key is done: BUILD_SET, BUILD_MAP and the like give the caller their new container.</summary>
    private static void FinishKeyed(Frame caller, NativeTask task)
    {
        if (OpOf(task) is KeyedOp.BuildSet or KeyedOp.BuildMap)
        {
            caller.Slots[caller.Sp++] = task.Args[0];
        }
        else if (OpOf(task) is KeyedOp.Count or KeyedOp.UpdateSet or KeyedOp.UpdateMap)
        {
            caller.Slots[caller.Sp++] = PyValue.None;
        }
    }
}
