namespace RaceLab.Python.Vm.Values;

/// <summary>
/// dict.keys(), dict.values(), dict.items(): live views of the dict (Objects/dictobject.c's dictview). They hold
/// the dict, not a copy, so they see every later change; keys and items views are set-like (Machine's operators).
/// </summary>
internal sealed class PyDictView(PyDict dict, DictViewKind kind) : PyHeapObject
{
    public static readonly PyType KeysType = new("dict_keys", Tags.Object);
    public static readonly PyType ValuesType = new("dict_values", Tags.Object);
    public static readonly PyType ItemsType = new("dict_items", Tags.Object);

    public PyDict Dict { get; } = dict;

    public DictViewKind Kind { get; } = kind;

    public PyType Type => Kind switch
    {
        DictViewKind.Keys => KeysType,
        DictViewKind.Values => ValuesType,
        _ => ItemsType,
    };

    /// <summary>Keys and items views compare and combine as sets; a values view does not.</summary>
    public bool IsSetLike => Kind != DictViewKind.Values;

    public int Count => Dict.Items.Count;

    /// <summary>The view's item for the dict's entry at <paramref name="index"/>: its key, its value or a (key, value) tuple.</summary>
    public static PyValue ItemOf(PyDict dict, DictViewKind kind, int index)
    {
        var entry = dict.Items[index];
        return kind switch
        {
            DictViewKind.Keys => entry.Key,
            DictViewKind.Values => entry.Value,
            _ => PyValue.FromObject(new PyTuple([entry.Key, entry.Value])),
        };
    }

    public IEnumerable<PyValue> Items()
    {
        for (var i = 0; i < Dict.Items.Count; i++)
        {
            yield return ItemOf(Dict, Kind, i);
        }
    }

    /// <summary>
    /// `in`: a key looked up in the dict; a (key, value) pair by its key, then its value compared (dictitems_contains);
    /// a value by equality with each value in turn.
    /// </summary>
    public bool Contains(PyValue item)
    {
        switch (Kind)
        {
            case DictViewKind.Keys:
                return Dict.TryGet(item, out _);
            case DictViewKind.Values:
                return Dict.Items.Exists(p => PyOps.Equal(p.Value, item));
            default:
                if (item.Ref is not PyTuple { Items.Length: 2 } pair)
                {
                    return false;
                }

                return Dict.TryGet(pair.Items[0], out var value) && PyOps.Equal(value, pair.Items[1]);
        }
    }
}
