namespace RaceLab.Check.Discovery;

/// <summary>
/// Expands the PATH arguments into the files to check: a file as given (whatever its extension), a directory
/// recursively into its <c>*.py</c> files, minus excluded ones. Paths are shown as the user spelled them, joined
/// with '/', in ordinal order, so output is the same on every run and machine.
/// </summary>
public static class SourceFiles
{
    /// <summary>The files to check, and the arguments that name nothing.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, ExcludeRules excludes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(excludes);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Display(path));
            }
            else if (Directory.Exists(path))
            {
                Walk(path, Path.GetFullPath(path), path, excludes, files);
            }
            else
            {
                missing.Add(path);
            }
        }

        return ([.. files], missing);
    }

    private static void Walk(string display, string fullRoot, string directory, ExcludeRules excludes, SortedSet<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.py"))
        {
            if (!excludes.Excludes(fullRoot, Path.GetFullPath(file), isDirectory: false))
            {
                files.Add(Display(Path.Join(display, Path.GetRelativePath(directory, file))));
            }
        }

        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            if (!excludes.Excludes(fullRoot, Path.GetFullPath(child), isDirectory: true))
            {
                Walk(Path.Join(display, Path.GetFileName(child)), fullRoot, child, excludes, files);
            }
        }
    }

    private static string Display(string path)
    {
        var normal = path.Replace('\\', '/');
        return normal.StartsWith("./", StringComparison.Ordinal) && normal.Length > 2 ? normal[2..] : normal;
    }
}
