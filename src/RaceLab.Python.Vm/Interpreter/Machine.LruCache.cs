using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// _functools._lru_cache_wrapper (Modules/_functoolsmodule.c, 3.9-3.13). The look-up and the hit/miss counts
/// are C, atomic under the GIL; on a miss the wrapped function is called with no lock held, and only when it
/// returns is the result stored: threads that miss on one key while it computes all compute it too.
/// </summary>
internal sealed partial class Machine
{
    private CallOutcome CallLruCache(SimThread thread, Frame caller, PyLruCache cache, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        if (cache.MaxSize == 0)
        {
            // uncached_lru_cache_wrapper: no key, every call a miss.
            cache.Misses++;
            return CallValue(thread, caller, cache.Function, args.ToArray(), kwnames, consume);
        }

        var key = CacheKey(cache, args, kwnames);
        var index = cache.Cache.IndexOf(key);
        if (index >= 0)
        {
            cache.Hits++;
            var hit = cache.Cache.Items[index];
            if (cache.MaxSize is not null)
            {
                // The hit becomes the most recently used entry.
                cache.Cache.Items.RemoveAt(index);
                cache.Cache.Items.Add(hit);
            }

            caller.Sp = consume;
            caller.Slots[caller.Sp++] = hit.Value;
            return CallOutcome.Native;
        }

        cache.Misses++;
        var task = new NativeTask { Callable = PyValue.FromObject(cache), Args = [key], Kind = NativeTaskKind.CacheStore };
        if (PushCallForTask(thread, caller, cache.Function, args.ToArray(), kwnames, task, consume, out var instance))
        {
            return CallOutcome.PythonFrame;
        }

        var result = instance.IsNull ? CallNative(thread, cache.Function, args, kwnames) : instance;
        caller.Sp = consume;
        caller.Slots[caller.Sp++] = StoreInCache(cache, key, result);
        return CallOutcome.Native;
    }

    /// <summary>The miss's call returned: store its result as the C wrapper does after PyObject_Call.</summary>
    private static PyValue StoreInCache(PyLruCache cache, PyValue key, PyValue result)
    {
        if (cache.MaxSize is not { } max)
        {
            // infinite_lru_cache_wrapper: a plain set, overwriting what another thread stored meanwhile.
            cache.Cache.Set(key, result);
            return result;
        }

        // bounded_lru_cache_wrapper: another thread added the key during the call; keep its entry.
        if (cache.Cache.IndexOf(key) >= 0)
        {
            return result;
        }

        if (cache.Cache.Items.Count >= max)
        {
            cache.Cache.Items.RemoveAt(0);
        }

        cache.Cache.Items.Add(new(key, result));
        return result;
    }

    /// <summary>
    /// lru_cache_make_key: a lone int or str argument is its own key; otherwise the positional arguments, a
    /// marker and the keyword pairs, then (typed) the arguments' types. Unhashable arguments raise TypeError.
    /// </summary>
    private static PyValue CacheKey(PyLruCache cache, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        foreach (var arg in args)
        {
            PyHash.Of(arg);
        }

        var nkw = kwnames?.Items.Length ?? 0;
        if (nkw == 0 && !cache.Typed && args.Length == 1 && (args[0].Ref is string || (args[0].IsInt && !args[0].IsBool)))
        {
            return args[0];
        }

        var npos = args.Length - nkw;
        var parts = new List<PyValue>(args[..npos].ToArray());
        if (nkw > 0)
        {
            parts.Add(KeywordMark);
            for (var k = 0; k < nkw; k++)
            {
                parts.Add(kwnames!.Items[k]);
                parts.Add(args[npos + k]);
            }
        }

        if (cache.Typed)
        {
            parts.AddRange(args[..npos].ToArray().Select(TypeKey));
            parts.AddRange(args[npos..].ToArray().Select(TypeKey));
        }

        return PyValue.FromObject(new PyTuple([.. parts]));
    }

    /// <summary>An argument's type in a typed key (a type object, equal only to itself).</summary>
    private static PyValue TypeKey(PyValue argument) => PyValue.FromObject(PyOps.TypeOf(argument));

    /// <summary>functools._lru_cache_wrapper(user_function, maxsize, typed, cache_info_type).</summary>
    private static PyValue MakeLruCache(ReadOnlySpan<PyValue> pos)
    {
        if (pos.Length < 3 || !IsCallable(pos[0]))
        {
            throw PythonError.Of(Tags.TypeError, "the first argument must be callable");
        }

        long? max = pos[1].IsNone ? null : Math.Max(0, pos[1].Int);
        return PyValue.FromObject(new PyLruCache(pos[0], max, PyOps.Truthy(pos[2])));
    }

    private static PyValue CacheInfo(PyLruCache cache) => PyValue.FromObject(new PyTuple(
        [PyValue.FromInt(cache.Hits), PyValue.FromInt(cache.Misses), cache.MaxSize is { } max ? PyValue.FromInt(max) : PyValue.None, PyValue.FromInt(cache.Cache.Items.Count)])
    { Shape = CacheInfoShape });

    /// <summary>functools._CacheInfo, a namedtuple in CPython's functools.py.</summary>
    private static readonly TupleShape CacheInfoShape = new("CacheInfo", ["hits", "misses", "maxsize", "currsize"]);
}
