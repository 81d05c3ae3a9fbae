namespace RaceLab.Python.Vm.Values;

/// <summary>
/// An instance of a <see cref="PyClass"/>: its class and its own attributes. Like CPython's split dict (PEP 412),
/// an instance that set its attributes in its class's shared order (<see cref="PyClass.InstanceKeys"/>) keeps
/// only their values, found by index; one that set them in another order or deleted one holds a dict of its own
/// from then on. Either way the attributes enumerate in the order a dict built by the same sets and deletions
/// would give, so copies and state keys do not depend on the layout.
/// </summary>
internal sealed class PyInstance(PyClass type) : PyHeapObject
{
    // Shared layout: the values of Class.InstanceKeys[0.._count), all set (_dict null).
    private PyValue[] _values = [];
    private int _count;

    // Own dict, once the shared layout no longer describes the attributes (never goes back).
    private Dictionary<string, PyValue>? _dict;

    public PyClass Class { get; } = type;

    /// <summary>
    /// Where CPython's default repr and id() say the object lives: handed out by the machine as it makes the
    /// instance, so deterministic per run (0: made where no machine numbered it).
    /// </summary>
    public long Address { get; init; }

    /// <summary>
    /// The int, float or str this instance is when its class subclasses that type (unset for other classes): the
    /// built-in's own operations and methods act on it, as CPython's act on the object's int, float or str part.
    /// </summary>
    public PyValue NativeValue { get; init; }

    /// <summary>
    /// What its class's Python <c>__hash__</c> last returned (null: never hashed). CPython keeps a key's hash
    /// in its dict or set entry and never asks again; the VM keeps it here, so a key's entries all find it.
    /// </summary>
    public long? StoredHash { get; set; }

    /// <summary>The lost-update ledger's write history of each attribute (sim's accounting only; created on first use).</summary>
    internal Dictionary<string, Accounting.LocationHistory>? Histories { get; set; }

    public int AttributeCount => _dict?.Count ?? _count;

    public bool TryGetAttribute(string name, out PyValue value) => TryGet(name, interned: false, out value);

    /// <summary><see cref="TryGetAttribute"/> for an interned name (an instruction's co_names entry): no lookup of the string.</summary>
    public bool TryGetAttributeInterned(string name, out PyValue value) => TryGet(name, interned: true, out value);

    public bool HasAttribute(string name) => _dict?.ContainsKey(name) ?? Class.InstanceKeys.IndexOf(name, _count) >= 0;

    public bool HasAttributeInterned(string name) => _dict?.ContainsKey(name) ?? Class.InstanceKeys.IndexOfInterned(name, _count) >= 0;

    public void SetAttribute(string name, PyValue value) => Set(name, interned: false, value);

    public void SetAttributeInterned(string name, PyValue value) => Set(name, interned: true, value);

    public bool RemoveAttribute(string name) => HasAttribute(name) && OwnDict().Remove(name);

    public AttributeEnumerator GetAttributes() => new(this);

    /// <summary>
    /// The attributes as a dict of their own, for <c>obj.__dict__</c> and <c>vars(obj)</c>, which are live views of
    /// it (<see cref="PyAttributeDict"/>): the instance leaves the shared layout for good. Not observable: the
    /// attributes keep their order and values, only their lookups get slower.
    /// </summary>
    public Dictionary<string, PyValue> Dict => OwnDict();

    private bool TryGet(string name, bool interned, out PyValue value)
    {
        if (_dict is not null)
        {
            return _dict.TryGetValue(name, out value);
        }

        var keys = Class.InstanceKeys;
        var index = interned ? keys.IndexOfInterned(name, _count) : keys.IndexOf(name, _count);
        if (index < 0)
        {
            value = default;
            return false;
        }

        value = _values[index];
        return true;
    }

    private void Set(string name, bool interned, PyValue value)
    {
        if (_dict is not null)
        {
            _dict[name] = value;
            return;
        }

        var keys = Class.InstanceKeys;
        var index = interned ? keys.IndexOfInterned(name, _count) : keys.IndexOf(name, _count);
        if (index >= 0)
        {
            _values[index] = value;
            return;
        }

        // A new attribute stays in the shared layout only as the class's next name (or a name no instance has yet).
        if (_count == keys.Count)
        {
            keys.Append(name);
        }
        else if (!string.Equals(keys[_count], name, StringComparison.Ordinal))
        {
            OwnDict()[name] = value;
            return;
        }

        if (_count == _values.Length)
        {
            Array.Resize(ref _values, Math.Max(keys.Count, _count * 2));
        }

        _values[_count++] = value;
    }

    /// <summary>The attributes as a dict of their own, in the order they were set (the shared layout's order).</summary>
    private Dictionary<string, PyValue> OwnDict()
    {
        if (_dict is null)
        {
            _dict = new(_count, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                _dict.Add(Class.InstanceKeys[i], _values[i]);
            }

            _values = [];
            _count = 0;
        }

        return _dict;
    }

    /// <summary>The attributes in their dict order, without allocating (state keys and copies walk every instance).</summary>
    internal struct AttributeEnumerator(PyInstance instance)
    {
        private readonly PyInstance _instance = instance;
        private Dictionary<string, PyValue>.Enumerator _dict = instance._dict?.GetEnumerator() ?? default;
        private int _index = -1;

        public readonly KeyValuePair<string, PyValue> Current => _instance._dict is not null
            ? _dict.Current
            : new(_instance.Class.InstanceKeys[_index], _instance._values[_index]);

        public readonly AttributeEnumerator GetEnumerator() => this;

        public bool MoveNext() => _instance._dict is not null ? _dict.MoveNext() : ++_index < _instance._count;
    }
}
