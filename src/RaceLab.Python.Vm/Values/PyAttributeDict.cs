namespace RaceLab.Python.Vm.Values;

/// <summary>
/// <c>obj.__dict__</c> / <c>vars(obj)</c> of an instance or a function, and <c>Cls.__dict__</c>. In CPython the first
/// is the very dict the attributes live in and the second a read-only mappingproxy over the class namespace; here
/// attributes live in a string-keyed dictionary (the hot path of LOAD_ATTR), so this is a live view of the owner's
/// attributes: <c>d['a'] = 1</c> sets <c>obj.a</c>, and a later <c>obj.b = 2</c> shows in <c>d</c>. Operations that
/// only read work on a <see cref="Snapshot"/>; writes go through to the owner (<see cref="Replace"/>).
/// </summary>
internal sealed class PyAttributeDict(PyHeapObject owner) : PyHeapObject
{
    /// <summary>The instance, function or class whose attributes these are.</summary>
    public PyHeapObject Owner { get; } = owner;

    /// <summary>A class's namespace is a mappingproxy: no item assignment (attributes are set on the class).</summary>
    public bool ReadOnly => Owner is PyClass;

    public PyType Type => ReadOnly ? Tags.MappingProxy : Tags.Dict;

    /// <summary>The owner's attributes, created empty when it has none yet.</summary>
    public Dictionary<string, PyValue> Names => Owner switch
    {
        PyInstance instance => instance.Dict,
        PyClass type => type.Dict,
        PyFunction function => function.Dict ??= new(StringComparer.Ordinal),
        PyLruCache cache => cache.Dict,
        PyException exception => exception.Dict ??= new(StringComparer.Ordinal),
        _ => BuiltinSubclass.DictOf(Owner, create: true) ?? throw new InvalidOperationException("no attributes"),
    };

    /// <summary>The attributes now, as a dict in their order.</summary>
    public PyDict Snapshot()
    {
        var dict = new PyDict();
        foreach (var (name, value) in Names)
        {
            dict.Items.Add(new(PyValue.FromString(name), value));
        }

        return dict;
    }

    /// <summary>Makes the owner's attributes those of <paramref name="contents"/> (a changed snapshot), in its order.</summary>
    public void Replace(PyDict contents)
    {
        CheckWritable();
        var names = Names;
        names.Clear();
        foreach (var (key, value) in contents.Items)
        {
            names[key.IsString ? key.String : throw PythonError.Of(Tags.TypeError, "attribute name must be string, not '" + PyOps.TypeOf(key).Name + "'")] = value;
        }

        if (Owner is PyClass)
        {
            PyClass.NamespaceChanged();
        }
    }

    public void CheckWritable()
    {
        if (ReadOnly)
        {
            throw PythonError.Of(Tags.TypeError, "'mappingproxy' object does not support item assignment");
        }
    }
}
