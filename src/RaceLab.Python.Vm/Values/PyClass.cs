namespace RaceLab.Python.Vm.Values;

/// <summary>
/// A class made by a class statement: its namespace, its bases and CPython's C3 method resolution order.
/// Built-in types (object, threading.Thread...) may appear in the order; their behaviour stays native.
/// </summary>
internal sealed class PyClass : PyType
{
    public PyClass(string name, string qualifiedName, PyType[] bases, Dictionary<string, PyValue> dict)
        : base(name, bases.Length > 0 ? bases[0] : Tags.Object)
    {
        QualifiedName = qualifiedName;
        Bases = bases.Length > 0 ? bases : [Tags.Object];
        Dict = dict;

        // type_new: a class that defines __eq__ but not __hash__ gets __hash__ = None, so its instances are unhashable.
        if (dict.ContainsKey("__eq__"))
        {
            dict.TryAdd("__hash__", PyValue.None);
        }

        Mro = MethodResolution.Linearize(this);
        NativeBase = Array.Find(Mro, t => t is not PyClass && !ReferenceEquals(t, Tags.Object));
    }

    public string QualifiedName { get; }

    public PyType[] Bases { get; }

    /// <summary>The class namespace (attribute assignment on the class writes here).</summary>
    public Dictionary<string, PyValue> Dict { get; }

    /// <summary>__mro__: this class first, object last.</summary>
    public PyType[] Mro { get; }

    /// <summary>The first built-in type other than object in the MRO (Thread, Exception...), or null.</summary>
    public PyType? NativeBase { get; }

    public override string Module => Dict.TryGetValue("__module__", out var m) && m.IsString ? m.String : "__main__";

    /// <summary>
    /// Bumped whenever any class's namespace changes after creation (CPython's type version tags, coarsely):
    /// what a class caches from its MRO is valid while the version it read is current.
    /// </summary>
    public static long NamespaceVersion => Volatile.Read(ref s_namespaceVersion);

    // Trials run on several cores, each its own VM: increments must not be lost.
    private static long s_namespaceVersion;

    /// <summary>The attribute names its instances share, in the order they first set them.</summary>
    public InstanceKeys InstanceKeys { get; } = new();

    private readonly ClassLookupCache _lookups = new();
    private long _propertiesVersion = -1;
    private bool _hasProperties;

    /// <summary>
    /// Whether any class in the MRO defines a property or its own <c>__setattr__</c>/<c>__delattr__</c>: STORE_ATTR and
    /// LOAD_ATTR leave their fast paths for the instance's dict only then.
    /// </summary>
    public bool HasProperties
    {
        get
        {
            if (_propertiesVersion != NamespaceVersion)
            {
                _hasProperties = Mro.OfType<PyClass>().Any(c => c.Dict.ContainsKey("__setattr__") || c.Dict.ContainsKey("__delattr__") || c.Dict.Values.Any(v => v.Ref is PyProperty));
                _propertiesVersion = NamespaceVersion;
            }

            return _hasProperties;
        }
    }

    /// <summary>Records a change to a class namespace after the class statement (class attribute assignment).</summary>
    public static void NamespaceChanged() => Interlocked.Increment(ref s_namespaceVersion);

    public override bool IsSubtypeOf(PyType other) => Array.IndexOf(Mro, other) >= 0 || ReferenceEquals(other, Tags.Object);

    /// <summary>The attribute as the MRO finds it, starting after <paramref name="after"/> (super) or at the start.</summary>
    public bool TryLookup(string name, out PyValue value, out PyType? owner, PyType? after = null)
    {
        if (after is not null)
        {
            return TryLookupFrom(Array.IndexOf(Mro, after) + 1, name, out value, out owner);
        }

        var version = NamespaceVersion;
        if (_lookups.TryGet(name, version, out value, out owner, out var found))
        {
            return found;
        }

        found = TryLookupFrom(0, name, out value, out owner);
        _lookups.Put(name, version, value, owner, found);
        return found;
    }

    private bool TryLookupFrom(int start, string name, out PyValue value, out PyType? owner)
    {
        for (var i = start; i < Mro.Length; i++)
        {
            if (Mro[i] is PyClass c && c.Dict.TryGetValue(name, out value))
            {
                owner = c;
                return true;
            }
        }

        value = default;
        owner = null;
        return false;
    }
}

/// <summary>
/// A callable bound to the instance it was looked up on (<c>obj.method</c> as a value, CPython's method object).
/// Usually a Python function; any callable whose type is a descriptor binding this way (the C lru_cache wrapper,
/// what a classmethod wraps) makes one too, and a call passes <see cref="Self"/> first to <see cref="Callable"/>.
/// </summary>
internal sealed class PyMethod(PyValue self, PyValue callable) : PyHeapObject
{
    public PyMethod(PyValue self, PyFunction function)
        : this(self, PyValue.FromObject(function))
    {
    }

    public PyValue Self { get; } = self;

    /// <summary>What was bound (<c>__func__</c>).</summary>
    public PyValue Callable { get; } = callable;

    /// <summary><see cref="Callable"/> when it is a Python function (the call instructions' fast path), else null.</summary>
    public PyFunction? Function { get; } = callable.Ref as PyFunction;
}

/// <summary>super(): attribute lookup on <see cref="Self"/>'s MRO, starting after <see cref="After"/>.</summary>
internal sealed class PySuper(PyType after, PyValue self) : PyHeapObject
{
    public PyType After { get; } = after;

    public PyValue Self { get; } = self;
}

/// <summary>CPython's mro_implementation: the C3 linearization of a class and its bases.</summary>
internal static class MethodResolution
{
    public static PyType[] Linearize(PyClass type)
    {
        var sequences = type.Bases.Select(MroOf).Select(m => new List<PyType>(m)).ToList();
        sequences.Add([.. type.Bases]);
        var result = new List<PyType> { type };
        while (sequences.Any(s => s.Count > 0))
        {
            var head = sequences.Where(s => s.Count > 0).Select(s => s[0])
                .FirstOrDefault(candidate => !sequences.Any(s => s.IndexOf(candidate) > 0))
                ?? throw PythonError.Of(Tags.TypeError,
                    "Cannot create a consistent method resolution order (MRO) for bases "
                    + string.Join(", ", type.Bases.Select(b => b.Name)));
            result.Add(head);
            foreach (var s in sequences)
            {
                if (s.Count > 0 && ReferenceEquals(s[0], head))
                {
                    s.RemoveAt(0);
                }
            }
        }

        return [.. result];
    }

    /// <summary>A built-in type's MRO is its chain of bases.</summary>
    public static PyType[] MroOf(PyType type)
    {
        if (type is PyClass c)
        {
            return c.Mro;
        }

        var chain = new List<PyType>();
        for (var t = type; t is not null; t = t.Base)
        {
            chain.Add(t);
        }

        return [.. chain];
    }
}

/// <summary>LOAD_LOCALS in a class body (3.12+): its namespace as a mapping for LOAD_FROM_DICT_OR_DEREF.</summary>
internal sealed class PyDictProxy(Dictionary<string, PyValue> ns) : PyHeapObject
{
    public Dictionary<string, PyValue> Namespace { get; } = ns;
}

/// <summary>staticmethod(f): looked up through a class or an instance, the plain function.</summary>
internal sealed class PyStaticMethod(PyValue function) : PyHeapObject
{
    public PyValue Function { get; } = function;
}

/// <summary>classmethod(f): looked up through a class or an instance, f bound to the class.</summary>
internal sealed class PyClassMethod(PyValue function) : PyHeapObject
{
    public PyValue Function { get; } = function;
}

/// <summary>property(fget, fset): reading the attribute on an instance runs the getter in a frame of its own.</summary>
internal sealed class PyProperty(PyFunction? getter, PyFunction? setter) : PyHeapObject
{
    public PyFunction? Getter { get; } = getter;

    public PyFunction? Setter { get; } = setter;
}
