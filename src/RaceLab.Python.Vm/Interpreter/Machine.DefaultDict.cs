using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// collections.defaultdict (C in CPython: _collections.defaultdict, a dict subclass). Only d[key] on a missing
/// key calls the factory (defdict_missing, through dict's __missing__ hook); get(), `in` and setdefault() do not.
/// A factory written in Python runs as a frame of its own, so a thread can be switched out inside it; the
/// value it returns is then stored, overwriting whatever another thread stored for that key meanwhile.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>defaultdict(default_factory=None, /, *args, **kwargs): the factory, then dict's own arguments.</summary>
    private static PyValue MakeDefaultDict(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var factory = pos.Length > 0 ? pos[0] : PyValue.None;
        if (!factory.IsNone && !IsCallable(factory))
        {
            throw PythonError.Of(Tags.TypeError, "first argument must be callable or None");
        }

        if (pos.Length > 2)
        {
            throw PythonError.Of(Tags.TypeError, $"dict expected at most 1 argument, got {pos.Length - 1}");
        }

        var dict = new PyDict { DefaultFactory = factory };
        if (pos.Length == 2)
        {
            foreach (var (key, value) in Pairs(pos[1]))
            {
                dict.Set(key, value);
            }
        }

        foreach (var (name, value) in kw ?? [])
        {
            dict.Set(PyValue.FromString(name), value);
        }

        return PyValue.FromObject(dict);
    }

    /// <summary>
    /// BINARY_SUBSCR on a defaultdict missing the key: a native factory's value is stored and pushed at once
    /// (true); a Python factory's frame is pushed (false), and its return stores the value (<see cref="StoreDefault"/>).
    /// </summary>
    private bool MissingKey(SimThread thread, Frame caller, PyDict dict, PyValue key, int consume)
    {
        var factory = dict.DefaultFactory;
        if (factory.IsNone)
        {
            throw new PythonError(new PyException(Tags.KeyError, [key]));
        }

        PyHash.Of(key);
        var task = new NativeTask { Callable = PyValue.FromObject(dict), Args = [key], Kind = NativeTaskKind.DefaultFactory };
        if (PushCallForTask(thread, caller, factory, [], null, task, consume, out var instance))
        {
            return false;
        }

        var value = instance.IsNull ? CallNative(thread, factory, [], null) : instance;
        caller.Sp = consume;
        caller.Slots[caller.Sp++] = StoreDefault(dict, key, value);
        return true;
    }

    /// <summary>defdict_missing: <c>self[key] = value</c> (PyObject_SetItem), then the value.</summary>
    private static PyValue StoreDefault(PyDict dict, PyValue key, PyValue value)
    {
        dict.Set(key, value);
        return value;
    }

    /// <summary>A frame a defaultdict or an lru_cache pushed returned: store its value, and hand it to the caller.</summary>
    private static PyValue FinishLibraryTask(NativeTask task, PyValue value)
    {
        if (task.Index == 1)
        {
            // The frame was a class's __init__: the value is the new instance.
            value = value.IsNone ? task.Function : throw PythonError.Of(Tags.TypeError, $"__init__() should return None, not '{PyOps.TypeOf(value).Name}'");
        }

        return task.Kind == NativeTaskKind.DefaultFactory
            ? StoreDefault(task.Callable.As<PyDict>(), task.Args[0], value)
            : StoreInCache(task.Callable.As<PyLruCache>(), task.Args[0], value);
    }
}
