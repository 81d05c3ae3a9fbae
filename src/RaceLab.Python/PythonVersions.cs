using System.Diagnostics.CodeAnalysis;

namespace RaceLab.Python;

/// <summary>Conversions between <see cref="PythonVersion"/> and the "3.X" spelling users type.</summary>
public static class PythonVersions
{
    public static IReadOnlyList<PythonVersion> All { get; } =
        [PythonVersion.Py39, PythonVersion.Py310, PythonVersion.Py311, PythonVersion.Py312, PythonVersion.Py313];

    public static string Label(this PythonVersion version) => version switch
    {
        PythonVersion.Py39 => "3.9",
        PythonVersion.Py310 => "3.10",
        PythonVersion.Py311 => "3.11",
        PythonVersion.Py312 => "3.12",
        PythonVersion.Py313 => "3.13",
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    public static bool TryParse(string text, [NotNullWhen(true)] out PythonVersion? version)
    {
        foreach (var candidate in All)
        {
            if (candidate.Label() == text.Trim())
            {
                version = candidate;
                return true;
            }
        }

        version = null;
        return false;
    }

    /// <summary>3.11 and later: RESUME, inline caches, exception tables, BINARY_OP.</summary>
    public static bool HasInlineCaches(this PythonVersion version) => version >= PythonVersion.Py311;
}
