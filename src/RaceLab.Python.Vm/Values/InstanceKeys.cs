namespace RaceLab.Python.Vm.Values;

/// <summary>
/// The attribute names a class's instances share (PEP 412's key-sharing dict, 3.11+'s inline values): the order
/// in which its instances first set their attributes. An instance that set the first n of them, in this order and
/// never deleted one, keeps only its n values (<see cref="PyInstance"/>); the names are appended, never changed,
/// so an index an instance found stays valid for it.
/// </summary>
internal sealed class InstanceKeys
{
    // Past this many names a dictionary finds an index faster than scanning.
    private const int ScanLimit = 8;

    private string[] _names = new string[4];
    private Dictionary<string, int>? _indexes;

    /// <summary>How many names the instances share so far.</summary>
    public int Count { get; private set; }

    public string this[int index] => _names[index];

    /// <summary>The index of <paramref name="name"/> among the first <paramref name="count"/> names, or -1.</summary>
    public int IndexOf(string name, int count) => IndexOfInterned(string.IsInterned(name) ?? name, count);

    /// <summary>
    /// <see cref="IndexOf"/> for an interned name (co_names are: CodeLoader interns them). The names here are
    /// interned too, so an equal name is the same string and a miss (LOAD_METHOD asks every call whether the
    /// instance shadows the method) costs a comparison per name.
    /// </summary>
    public int IndexOfInterned(string name, int count)
    {
        var names = _names;
        if (count > ScanLimit)
        {
            return _indexes!.TryGetValue(name, out var found) && found < count ? found : -1;
        }

        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(names[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Appends a name no instance has set yet; its index is the old <see cref="Count"/>.</summary>
    public void Append(string name)
    {
        if (Count == _names.Length)
        {
            Array.Resize(ref _names, Count * 2);
        }

        _names[Count] = string.Intern(name);
        if (Count == ScanLimit)
        {
            _indexes = new(StringComparer.Ordinal);
            for (var i = 0; i < Count; i++)
            {
                _indexes[_names[i]] = i;
            }
        }

        _indexes?.Add(name, Count);
        Count++;
    }
}
