using RaceLab.Python;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>One interpreter to model: a release, GIL or free-threaded.</summary>
// A class, not a struct: the lists, sets and queries over targets then share the framework's precompiled
// code for reference types instead of jitting their own at start-up.
internal sealed record SimTarget(PythonVersion Version, bool FreeThreaded)
{
    public string Label => Version.Label() + (FreeThreaded ? "t" : string.Empty);

    public static IReadOnlyList<SimTarget> Parse(string text)
    {
        var targets = new List<SimTarget>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "all")
            {
                targets.AddRange(PythonVersions.All.Select(v => new SimTarget(v, false)));
            }
            else if (part == "3.13t")
            {
                targets.Add(new SimTarget(PythonVersion.Py313, true));
            }
            else if (PythonVersions.TryParse(part, out var version))
            {
                targets.Add(new SimTarget(version.Value, false));
            }
            else
            {
                throw new SimUsageException($"--python: unknown version '{part}' (expected 3.9, 3.10, 3.11, 3.12, 3.13, 3.13t or all)");
            }
        }

        return targets.Count > 0 ? targets.Distinct().ToArray() : throw new SimUsageException("--python: no version given");
    }
}
