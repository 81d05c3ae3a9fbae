using MAB.DotIgnore;

namespace RaceLab.Check.Discovery;

/// <summary>
/// .gitignore-style patterns that leave files and directories out of a directory walk. Patterns given on the
/// command line (and the built-in ones: VCS folders, virtual environments, caches) match paths relative to the
/// directory being walked; those of pyproject.toml match paths relative to that file's directory.
/// </summary>
public sealed class ExcludeRules
{
    /// <summary>What ruff and most linters skip by default.</summary>
    public static IReadOnlyList<string> Defaults { get; } =
    [
        ".git/", ".hg/", ".svn/", ".venv/", "venv/", ".tox/", ".nox/", "__pycache__/", "node_modules/",
        ".mypy_cache/", ".pytest_cache/", ".ruff_cache/", "build/", "dist/", "site-packages/",
    ];

    private readonly IgnoreList _walkRelative;
    private readonly List<(string Root, IgnoreList List)> _rooted = [];

    public ExcludeRules(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        _walkRelative = new IgnoreList([.. Defaults, .. patterns]);
    }

    /// <summary>Adds patterns that match paths relative to <paramref name="root"/> (pyproject.toml's directory).</summary>
    public void AddRooted(string root, IEnumerable<string> patterns) =>
        _rooted.Add((Path.GetFullPath(root), new IgnoreList(patterns)));

    public bool Excludes(string walkRoot, string fullPath, bool isDirectory)
    {
        if (_walkRelative.IsIgnored(Relative(walkRoot, fullPath), isDirectory))
        {
            return true;
        }

        foreach (var (root, list) in _rooted)
        {
            var relative = Path.GetRelativePath(root, fullPath);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
                && list.IsIgnored(relative.Replace('\\', '/'), isDirectory))
            {
                return true;
            }
        }

        return false;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
