using RaceLab.Python;

namespace RaceLab.Check.Targets;

/// <summary>
/// A CPython build a project runs on: a release with the GIL, or free-threaded 3.13t. 3.13t runs the same
/// bytecode as 3.13, so it is analysed from 3.13's code objects; only the verdict differs.
/// </summary>
public readonly record struct CheckTarget(PythonVersion Version, bool FreeThreaded) : IComparable<CheckTarget>
{
    public static CheckTarget FreeThreaded313 { get; } = new(PythonVersion.Py313, true);

    /// <summary>3.9, 3.10, 3.11, 3.12, 3.13 and 3.13t, in that order.</summary>
    public static IReadOnlyList<CheckTarget> All { get; } =
        [.. PythonVersions.All.Select(v => new CheckTarget(v, false)), FreeThreaded313];

    public string Label => FreeThreaded ? Version.Label() + "t" : Version.Label();

    public int CompareTo(CheckTarget other) =>
        Version != other.Version ? Version.CompareTo(other.Version) : FreeThreaded.CompareTo(other.FreeThreaded);

    public static bool operator <(CheckTarget left, CheckTarget right) => left.CompareTo(right) < 0;

    public static bool operator <=(CheckTarget left, CheckTarget right) => left.CompareTo(right) <= 0;

    public static bool operator >(CheckTarget left, CheckTarget right) => left.CompareTo(right) > 0;

    public static bool operator >=(CheckTarget left, CheckTarget right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;
}
