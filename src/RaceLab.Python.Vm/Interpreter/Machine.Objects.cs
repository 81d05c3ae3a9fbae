using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    private PyValue LoadBuiltin(int slot, SimThread thread, long now, CompiledCode code, int pc)
    {
        var v = _builtinFallback[slot];
        if (v.IsNull)
        {
            thread.Top!.Pc = pc + 1;
            throw PythonError.Of(Tags.NameError, $"name '{Module.GlobalNames[slot]}' is not defined");
        }

        return v;
    }

    private static PythonError Unbound(CompiledCode code, int slot)
    {
        var names = code.Source.VarNames.Concat(code.Source.CellVars).Concat(code.Source.FreeVars).ToArray();
        var name = slot < names.Length ? names[slot] : "?";
        return PythonError.Of(Tags.UnboundLocalError, $"local variable '{name}' referenced before assignment");
    }


    /// <summary>A built-in method of the receiver's type, unbound (what LOAD_METHOD finds), or null.</summary>
    private static PyBuiltin? LookupMethod(PyValue owner, string name) => owner.Ref switch
    {
        _ when owner.IsIntegral => name == "bit_length" ? Builtins.IntBitLength : null,
        PyList => name switch
        {
            "append" => Builtins.ListAppend,
            "pop" => Builtins.ListPop,
            "extend" => Builtins.ListExtend,
            _ => Builtins.ContainerMethod(Builtins.ListMethods, name) ?? Builtins.ContainerMethod(Builtins.ContainerDunders, name),
        },
        PyDict => Builtins.ContainerMethod(Builtins.DictMethods, name) ?? Builtins.ContainerMethod(Builtins.ContainerDunders, name),
        PyAttributeDict => Builtins.ContainerMethod(Builtins.DictMethods, name),
        PyTuple => Builtins.ContainerMethod(Builtins.ContainerDunders, name),
        PySet => Builtins.ContainerMethod(Builtins.SetMethods, name),
        PyDictView { IsSetLike: true } => name == "isdisjoint" ? Builtins.DictViewIsDisjoint : null,
        string => Builtins.ContainerMethod(Builtins.StrMethods, name),
        PyDeque => Builtins.ContainerMethod(Builtins.DequeMethods, name),
        PySimpleQueue => Builtins.ContainerMethod(Builtins.SimpleQueueMethods, name),
        PyRandomCore => Builtins.ContainerMethod(Builtins.RandomCoreMethods, name),
        PyTextStream => Builtins.ContainerMethod(Builtins.TextStreamMethods, name),
        PyStringIO => Builtins.ContainerMethod(Builtins.StringIOMethods, name),
        PyProperty => name == "setter" ? Builtins.PropertySetter : null,
        PyLruCache => name switch
        {
            "cache_info" => Builtins.CacheInfo,
            "cache_clear" => Builtins.CacheClear,
            "__get__" => Builtins.DescriptorGet,
            _ => null,
        },
        PyGenerator => name switch
        {
            "send" => Builtins.GenSend,
            "throw" => Builtins.GenThrow,
            "close" => Builtins.GenClose,
            "__next__" => Builtins.GenNext,
            _ => null,
        },
        PyRLock => name switch
        {
            "acquire" => Builtins.LockAcquire,
            "release" => Builtins.LockRelease,
            "__enter__" => Builtins.LockEnter,
            "__exit__" => Builtins.LockExit,
            "_is_owned" => Builtins.LockIsOwned,
            "_release_save" => Builtins.LockReleaseSave,
            "_acquire_restore" => Builtins.LockAcquireRestore,
            _ => null,
        },
        PyLock => name switch
        {
            "acquire" => Builtins.LockAcquire,
            "release" => Builtins.LockRelease,
            "__enter__" => Builtins.LockEnter,
            "__exit__" => Builtins.LockExit,
            "locked" => Builtins.LockLocked,
            _ => null,
        },
        PyThreadObject => name switch
        {
            "start" => Builtins.ThreadStart,
            "join" => Builtins.ThreadJoin,
            "is_alive" => Builtins.ThreadIsAlive,
            _ => null,
        },
        _ => null,
    };

    /// <summary>The thread the dispatch loop runs (whose attributes a threading.local shows).</summary>
    private SimThread? _executing;

    private PyValue GetAttribute(PyValue owner, string name)
    {
        if (owner.Ref is PyThreadLocal local)
        {
            return local.For(_executing!.Id).TryGetValue(name, out var own) ? own
                : throw PythonError.Of(Tags.AttributeError, $"'_thread._local' object has no attribute '{name}'");
        }

        if (owner.Ref is PyMethod bound)
        {
            return MethodAttribute(bound, name);
        }

        if (TryGetObjectAttribute(owner, name, out var found))
        {
            return found;
        }

        if (owner.Ref is PyModule module && ModuleAttribute(module, name) is { IsNull: false } attribute)
        {
            return attribute;
        }

        var method = LookupMethod(owner, name);
        if (method is not null)
        {
            return PyValue.FromObject(new PyBoundMethod(owner, method));
        }

        if (name == "__class__" && owner.Ref is not PyInstance)
        {
            return PyValue.FromObject(PyOps.TypeOf(owner));
        }

        if (name == "__dict__" && owner.Ref is PyFunction or PyLruCache or PyException { Type: PyClass })
        {
            return PyValue.FromObject(new PyAttributeDict((PyHeapObject)owner.Ref));
        }

        switch (owner.Ref)
        {
            // threading.Thread is a built-in here: Thread.__init__(self, ...) as a subclass's __init__ calls it.
            case PyBuiltin { Id: BuiltinId.Thread } when name == "__init__":
                return PyValue.FromObject(Builtins.ThreadInit);
            case PyBuiltin { Id: BuiltinId.ItertoolsChain } when name == "from_iterable":
                return PyValue.FromObject(Builtins.ChainFromIterable);
            case PyType type when name == "__name__":
                return PyValue.FromString(type.Name);
            case PyType type when name == "__qualname__":
                return PyValue.FromString(type is PyClass own ? own.QualifiedName : type.Name);
            case PyType type when name == "__module__" && type is not PyClass:
                return PyValue.FromString(type.Module);
            case PyType type when type is not PyClass && NativeTypeMethod(type, name) is { } unbound:
                return PyValue.FromObject(unbound);
            case PyThreadObject t when name == "name":
                return PyValue.FromString(t.Name);
            case PyException e when name == "args":
                return PyValue.FromObject(new PyTuple(e.Args));
            case PyModule m:
                throw PythonError.Of(Tags.AttributeError, $"module '{m.Name}' has no attribute '{name}'");
            case PyType builtinType when builtinType is not PyClass:
                // type_getattro's wording for a type: dict.fromkeyss, int.nope.
                throw PythonError.Of(Tags.AttributeError, $"type object '{builtinType.Name}' has no attribute '{name}'");
            case PyPlainObject:
                throw NoAttributeOfPlainObject(name, setting: false);
        }

        throw PythonError.Of(Tags.AttributeError, $"'{PyOps.TypeOf(owner).Name}' object has no attribute '{name}'");
    }

    /// <summary>object() has no __dict__: 3.13 says so when an attribute is set on it.</summary>
    private PythonError NoAttributeOfPlainObject(string name, bool setting) =>
        PythonError.Of(Tags.AttributeError, setting && Version >= Python.PythonVersion.Py313
            ? $"'object' object has no attribute '{name}' and no __dict__ for setting new attributes"
            : $"'object' object has no attribute '{name}'");

    /// <summary>
    /// A built-in type's method as its attribute, unbound (<c>dict.__init__(self, ...)</c>, <c>tuple.__new__(cls, ...)</c>):
    /// the receiver comes as the first argument, as LOAD_METHOD passes it.
    /// </summary>
    private static PyBuiltin? NativeTypeMethod(PyType type, string name) => name switch
    {
        "__new__" => Builtins.NewOf(type),
        "__hash__" when !ReferenceEquals(type, Tags.List) && !ReferenceEquals(type, Tags.Dict) && !ReferenceEquals(type, Tags.Set) => Builtins.DunderHash,
        "__init__" when ReferenceEquals(type, Tags.Dict) || ReferenceEquals(type, Tags.List) || ReferenceEquals(type, Tags.Set) => Builtins.ContainerInit,
        "__init__" when ReferenceEquals(type, Tags.Object) => Builtins.ObjectInit,
        "__setattr__" when ReferenceEquals(type, Tags.Object) => Builtins.ObjectSetAttr,
        _ when ReferenceEquals(type, Tags.Dict) => LookupMethod(PyValue.FromObject(SampleDict), name),
        _ when ReferenceEquals(type, Tags.List) => LookupMethod(PyValue.FromObject(SampleList), name),
        _ when ReferenceEquals(type, Tags.Tuple) => LookupMethod(PyValue.FromObject(PyTuple.Empty), name),
        _ when ReferenceEquals(type, Tags.Set) || ReferenceEquals(type, Tags.FrozenSet) => LookupMethod(PyValue.FromObject(SampleSet), name),
        _ when ReferenceEquals(type, Tags.Str) => NativeValueMethod(PyValue.FromString(string.Empty), name),
        _ when ReferenceEquals(type, Tags.Int) => NativeValueMethod(PyValue.FromInt(0), name),
        _ when ReferenceEquals(type, Tags.Float) => NativeValueMethod(PyValue.FromFloat(0), name),
        _ => null,
    };

    /// <summary>
    /// A method of an int, float or str (what a subclass instance inherits from its built-in base): the type's own
    /// methods, and for a str the special methods it shares with the containers (super().__repr__(), __len__...).
    /// </summary>
    private static PyBuiltin? NativeValueMethod(PyValue value, string name) =>
        LookupMethod(value, name)
        ?? (value.IsString ? Builtins.ContainerMethod(Builtins.ContainerDunders, name) : null)
        ?? (HasValueDunder(value, name) ? Builtins.ContainerMethod(Builtins.ValueDunders, name) : null);

    /// <summary>Which of the operator methods the type has: str only concatenation, repetition, % and comparisons; float no bitwise ones.</summary>
    private static bool HasValueDunder(PyValue value, string name) => value switch
    {
        { IsString: true } => name is "__add__" or "__mul__" or "__rmul__" or "__mod__" or "__rmod__" or "__eq__" or "__ne__" or "__lt__" or "__le__"
            or "__gt__" or "__ge__" or "__str__" or "__repr__" or "__format__",
        { IsFloat: true } => name is not ("__index__" or "__and__" or "__rand__" or "__or__" or "__ror__" or "__xor__" or "__rxor__"
            or "__lshift__" or "__rlshift__" or "__rshift__" or "__rrshift__"),
        _ => true,
    };

    // Never changed: only the type of the receiver matters to LookupMethod.
    private static readonly PyDict SampleDict = new();
    private static readonly PyList SampleList = new([]);
    private static readonly PySet SampleSet = new(frozen: false);

    private static PyValue Subscript(PyValue container, PyValue index)
    {
        switch (container.Ref)
        {
            case PyList l when index.Ref is PySlice slice:
                return PyValue.FromObject(new PyList([.. slice.Indexes(l.Items.Count).Select(i => l.Items[i])]));
            case PyTuple t when index.Ref is PySlice slice:
                return PyValue.FromObject(new PyTuple([.. slice.Indexes(t.Items.Length).Select(i => t.Items[i])]));
            case string s when index.Ref is PySlice slice:
                return PyValue.FromString(string.Concat(slice.Indexes(s.Length).Select(i => s[i])));
            case PyList l when index.IsIntegral:
                return l.Items[Index(index, l.Items.Count, "list")];
            case PyTuple t when index.IsIntegral:
                return t.Items[Index(index, t.Items.Length, "tuple")];
            case PyDeque d when index.IsIntegral:
                return d[Index(index, d.Count, "deque")];
            case string s when index.IsIntegral:
                return PyValue.FromString(s[Index(index, s.Length, "string")].ToString());
            case PyRange r when index.IsIntegral:
                return PyValue.FromInt(r.Start + (r.Step * Index(index, (int)r.Length, "range object")));
            case PyDict d:
                return d.TryGet(index, out var value) ? value : throw new PythonError(new PyException(Tags.KeyError, [index]));
            case PyAttributeDict view:
                return index.IsString && view.Names.TryGetValue(index.String, out var attribute) ? attribute : throw new PythonError(new PyException(Tags.KeyError, [index]));
            case PyInstance { NativeValue.IsNull: false } instance:
                return Subscript(instance.NativeValue, BuiltinSubclass.Unwrap(index));
            case not null when BuiltinSubclass.HasNativeValue(index):
                // An int subclass instance indexes as its value (its __index__ is int's).
                return Subscript(container, BuiltinSubclass.Unwrap(index));
        }

        throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(container).Name}' object is not subscriptable");
    }

    private static void StoreSubscript(PyValue container, PyValue index, PyValue value)
    {
        switch (container.Ref)
        {
            case PyList l when index.IsIntegral:
                l.Items[Index(index, l.Items.Count, "list assignment")] = value;
                return;
            case PyDict d:
                d.Set(index, value);
                return;
            case PyAttributeDict view:
                view.CheckWritable();
                view.Names[index.IsString ? index.String : throw PythonError.Of(Tags.TypeError, "attribute name must be string")] = value;
                return;
        }

        throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(container).Name}' object does not support item assignment");
    }

    private static int Index(PyValue index, int count, string what)
    {
        var i = index.Int;
        if (i < 0)
        {
            i += count;
        }

        return i < 0 || i >= count || index.IsBigInt ? throw PythonError.Of(Tags.IndexError, $"{what} index out of range") : (int)i;
    }
}
