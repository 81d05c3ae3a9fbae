using RaceLab.Python.Vm.Loading;

namespace RaceLab.Python.Vm.Values;

/// <summary>A Python list: a growable array of values.</summary>
internal sealed class PyList(List<PyValue> items) : PyHeapObject
{
    public List<PyValue> Items { get; } = items;

    /// <summary>The program's subclass of list this object is an instance of (null: a plain list).</summary>
    public PyClass? Class { get; set; }

    /// <summary>A subclass instance's own attributes (null until one is set).</summary>
    public Dictionary<string, PyValue>? Dict { get; set; }
}

/// <summary>A Python tuple.</summary>
internal sealed class PyTuple(PyValue[] items) : PyHeapObject
{
    public static readonly PyTuple Empty = new([]);

    public PyValue[] Items { get; } = items;

    /// <summary>A named tuple's names (null: a plain tuple).</summary>
    public TupleShape? Shape { get; init; }

    /// <summary>The program's subclass of tuple this object is an instance of (null: a plain tuple).</summary>
    public PyClass? Class { get; set; }

    /// <summary>A subclass instance's own attributes (null until one is set).</summary>
    public Dictionary<string, PyValue>? Dict { get; set; }
}

/// <summary>A Python dict, insertion ordered (small: keyword arguments and literals).</summary>
internal sealed class PyDict : PyHeapObject
{
    public List<KeyValuePair<PyValue, PyValue>> Items { get; } = [];

    /// <summary>
    /// A collections.defaultdict's default_factory (None or a callable); unset (null) for a plain dict. CPython's
    /// defaultdict is a C subclass of dict, so every dict operation applies to it unchanged.
    /// </summary>
    public PyValue DefaultFactory { get; set; }

    public bool IsDefaultDict => !DefaultFactory.IsNull;

    /// <summary>The program's subclass of dict this object is an instance of (null: a plain dict).</summary>
    public PyClass? Class { get; set; }

    /// <summary>A subclass instance's own attributes (null until one is set).</summary>
    public Dictionary<string, PyValue>? Dict { get; set; }

    public void Set(PyValue key, PyValue value)
    {
        CheckHashable(key);
        for (var i = 0; i < Items.Count; i++)
        {
            if (PyOps.Equal(Items[i].Key, key))
            {
                Items[i] = new(key, value);
                return;
            }
        }

        Items.Add(new(key, value));
    }

    /// <summary>The position of <paramref name="key"/> in insertion order, or -1.</summary>
    public int IndexOf(PyValue key)
    {
        CheckHashable(key);
        for (var i = 0; i < Items.Count; i++)
        {
            if (PyOps.Equal(Items[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    public bool TryGet(PyValue key, out PyValue value)
    {
        CheckHashable(key);
        foreach (var pair in Items)
        {
            if (PyOps.Equal(pair.Key, key))
            {
                value = pair.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>A list, dict, set or instance of a class without __hash__, or a tuple holding one, is no key (PyHash raises CPython's TypeError).</summary>
    private static void CheckHashable(PyValue key)
    {
        if (key.Ref is PyList or PyDict or PySet { Frozen: false } or PyInstance or PyTuple)
        {
            PyHash.Of(key);
        }
    }
}

/// <summary>range(start, stop, step).</summary>
internal sealed class PyRange(long start, long stop, long step)
{
    public long Start { get; } = start;

    public long Stop { get; } = stop;

    public long Step { get; } = step;

    public long Length => Step > 0
        ? (Stop > Start ? ((Stop - Start - 1) / Step) + 1 : 0)
        : (Start > Stop ? ((Start - Stop - 1) / -Step) + 1 : 0);
}

/// <summary>The iterator of a range: the hot object of every counting loop.</summary>
internal sealed class PyRangeIterator(long next, long remaining, long step) : PyHeapObject
{
    public long Next = next;
    public long Remaining = remaining;
    public readonly long Step = step;

    /// <summary>FOR_ITER over a range: the next value, or false when the range is spent.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryNext(out long value)
    {
        value = Next;
        if (Remaining <= 0)
        {
            return false;
        }

        Next += Step;
        Remaining--;
        return true;
    }
}

/// <summary>An iterator over a list or tuple snapshot.</summary>
internal sealed class PySequenceIterator(Func<int, (bool Ok, PyValue Value)> at) : PyHeapObject
{
    private int _index;

    /// <summary>Items handed out so far (part of the state the explorer compares).</summary>
    public int Position => _index;

    /// <summary>The list, tuple, string or dict iterated (lets the explorer copy the iterator).</summary>
    public object? Source { get; init; }

    /// <summary>Continues from the given item (the explorer's copy of an iterator).</summary>
    public void Seek(int position) => _index = position;

    /// <summary>At most this many items (the explorer's --bound); unlimited by default.</summary>
    public int Limit { get; set; } = int.MaxValue;

    public bool TryNext(out PyValue value)
    {
        if (_index >= Limit)
        {
            value = default;
            return false;
        }

        var (ok, item) = at(_index);
        value = item;
        if (ok)
        {
            _index++;
        }

        return ok;
    }
}

/// <summary>A cell for a closure variable.</summary>
internal sealed class PyCell : PyHeapObject
{
    public PyValue Value;
}

/// <summary>A Python function: code plus defaults and closure.</summary>
internal sealed class PyFunction(CompiledCode code, string qualifiedName) : PyHeapObject
{
    public CompiledCode Code { get; } = code;

    /// <summary>__qualname__ (update_wrapper and dataclasses assign it; 3.10+ argument errors name the function by it).</summary>
    public string QualifiedName { get; set; } = qualifiedName;

    /// <summary>An assigned __name__ (null: the code's name). Like __doc__ and __module__, a slot of the function, not in its __dict__.</summary>
    public string? Name { get; set; }

    /// <summary>An assigned __doc__ (unset: the code's docstring).</summary>
    public PyValue Doc { get; set; }

    /// <summary>An assigned __module__ (unset: the main module's name).</summary>
    public PyValue ModuleName { get; set; }

    /// <summary>An assigned __type_params__ (3.12+; unset: the empty tuple).</summary>
    public PyValue TypeParams { get; set; }

    public PyValue[] Defaults { get; set; } = [];

    public PyDict? KeywordDefaults { get; set; }

    public PyCell[] Closure { get; set; } = [];

    /// <summary>The def's annotations (null until MAKE_FUNCTION gives some or __annotations__ is read).</summary>
    public PyDict? Annotations { get; set; }

    /// <summary>Attributes a program sets on the function (decorators tag functions); null until one is set.</summary>
    public Dictionary<string, PyValue>? Dict { get; set; }
}

/// <summary>
/// A module object: a native one (sys, time, _thread) with fixed attributes, or a library module written
/// in Python whose attributes are its globals, read from the running machine's slots.
/// </summary>
internal sealed class PyModule(string name, Dictionary<string, PyValue> attributes)
{
    public string Name { get; } = name;

    public Dictionary<string, PyValue> Attributes { get; } = attributes;

    /// <summary>A Python module's global names and their slots (null for a native module).</summary>
    public Loading.LibraryModule? Library { get; init; }
}

/// <summary>A built-in method bound to its receiver (lock.acquire, list.append, thread.start).</summary>
internal sealed class PyBoundMethod(PyValue self, PyBuiltin function) : PyHeapObject
{
    public PyValue Self { get; } = self;

    public PyBuiltin Function { get; } = function;
}

/// <summary>An exception instance.</summary>
internal sealed class PyException(PyType type, PyValue[] args) : PyHeapObject
{
    public PyType Type { get; } = type;

    /// <summary>The constructor's arguments (BaseException.__init__ sets them again when a subclass calls it).</summary>
    public PyValue[] Args { get; set; } = args;

    /// <summary>An exception class of the program's own: its instances' attributes (null until one is set).</summary>
    public Dictionary<string, PyValue>? Dict { get; set; }

    /// <summary>raise ... from CAUSE: the explicit cause (null: none given).</summary>
    public PyException? Cause { get; set; }

    /// <summary>raise ... from None, or an explicit cause: the context is not printed.</summary>
    public bool SuppressContext { get; set; }

    /// <summary>The exception being handled when this one was raised (implicit chaining).</summary>
    public PyException? Context { get; set; }

    /// <summary>Traceback entries (frame, code, instruction index), outermost first.</summary>
    public List<(object Frame, CompiledCode Code, int Pc)> Traceback { get; } = [];
}

/// <summary>The NotImplemented singleton: what a binary or comparison method returns to let the other operand try.</summary>
internal sealed class PyNotImplemented
{
    public static readonly PyNotImplemented Instance = new();
}

/// <summary>The Ellipsis singleton.</summary>
internal sealed class PyEllipsis
{
    public static readonly PyEllipsis Instance = new();
}
