namespace RaceLab.Python.Vm.Interpreter;

/// <summary>What a keyed task (<see cref="NativeTaskKind.Keyed"/>) does once it has found its key's entry.</summary>
internal enum KeyedOp : byte
{
    /// <summary>d[key] (BINARY_SUBSCR): the value, else __missing__ / the default factory / KeyError.</summary>
    Subscript,

    /// <summary>key in d, key in s.</summary>
    Contains,

    /// <summary>key not in d, key not in s.</summary>
    NotContains,

    /// <summary>d[key] = value (STORE_SUBSCR): an equal key already there stays, with the new value.</summary>
    Store,

    /// <summary>del d[key].</summary>
    Delete,

    /// <summary>SET_ADD of a set comprehension: each key into the set below it.</summary>
    AddToSet,

    /// <summary>MAP_ADD of a dict comprehension: each key and value into the dict below it.</summary>
    AddToMap,

    /// <summary>BUILD_SET, set(), frozenset(): each key into a new set, which the caller gets.</summary>
    BuildSet,

    /// <summary>BUILD_MAP, dict(pairs): each key and value into a new dict, which the caller gets.</summary>
    BuildMap,

    /// <summary>_count_elements (Counter(iterable), Counter.update): each element's count in the mapping, one more; the caller gets None.</summary>
    Count,

    /// <summary>set.update(items): each key into the set; the caller gets None.</summary>
    UpdateSet,

    /// <summary>dict.update(dict): each key and value into the dict; the caller gets None.</summary>
    UpdateMap,

    /// <summary>A built-in taking a key (hash(), set.add, dict.get...): called with the entry found in the key's place.</summary>
    Call,
}
