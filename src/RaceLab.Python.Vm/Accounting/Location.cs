using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Accounting;

/// <summary>
/// A shared location other than a global: an attribute of an object (<see cref="Key"/> is its name) or an item
/// of a dict or list (<see cref="Key"/> is the key's value).
/// </summary>
internal readonly record struct Location(object Owner, PyValue Key);

/// <summary>What a thread saw when it loaded a location: the write count, the updates the value carried, where.</summary>
internal readonly record struct LocationLoad(LocationHistory History, long Seq, long Depth, LoadRecord Record);

/// <summary>The write history of one location: stores so far and the updates its current value carries.</summary>
internal sealed class LocationHistory(Location where)
{
    public long Seq;
    public long Depth;

    /// <summary>The location this is the history of (for the stories).</summary>
    public Location Where { get; } = where;
}

/// <summary>Owners by identity, keys by value (equal strings are one key, as in a dict).</summary>
internal sealed class LocationComparer : IEqualityComparer<Location>
{
    public static readonly LocationComparer Instance = new();

    public bool Equals(Location x, Location y) =>
        ReferenceEquals(x.Owner, y.Owner) && (x.Key.IsString && y.Key.IsString ? x.Key.String == y.Key.String : x.Key.SameAs(y.Key));

    public int GetHashCode(Location location) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(location.Owner),
            location.Key.IsString ? location.Key.String.GetHashCode(StringComparison.Ordinal) : location.Key.Bits.GetHashCode());
}
