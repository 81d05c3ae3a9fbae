namespace RaceLab.Python.Vm.Values;

/// <summary>
/// A class's recent MRO lookups (CPython's type method cache: version tag and name to what the MRO found).
/// An entry holds while <see cref="PyClass.NamespaceVersion"/> has not moved since it was made, which every
/// change to a class namespace bumps. Names match by reference: co_names are interned, so the hot sites
/// (LOAD_METHOD, LOAD_ATTR, with-blocks) hit; an equal name in another string misses and looks up again.
/// </summary>
internal sealed class ClassLookupCache
{
    // A power of two; a class's few hot names rarely collide.
    private const int Size = 16;

    // Entries are immutable and replaced whole, so a reader never sees half of one.
    private readonly Entry?[] _entries = new Entry?[Size];

    public bool TryGet(string name, long version, out PyValue value, out PyType? owner, out bool found)
    {
        var entry = _entries[Index(name)];
        if (entry is not null && ReferenceEquals(entry.Name, name) && entry.Version == version)
        {
            (value, owner, found) = (entry.Value, entry.Owner, entry.Found);
            return true;
        }

        (value, owner, found) = (default, null, false);
        return false;
    }

    public void Put(string name, long version, PyValue value, PyType? owner, bool found) =>
        _entries[Index(name)] = new Entry(name, version, value, owner, found);

    private static int Index(string name) => name.Length == 0 ? 0 : ((name.Length * 31) + name[^1]) & (Size - 1);

    private sealed record Entry(string Name, long Version, PyValue Value, PyType? Owner, bool Found);
}
