namespace RaceLab.Check.Discovery;

/// <summary>
/// Expands the PATH arguments into the files to check: a file as given (whatever its extension), a directory
/// recursively into its <c>*.py</c> files, minus excluded ones. Paths are shown as the user spelled them, joined
/// with '/', in ordinal order, so output is the same on every run and machine.
/// </summary>
public static class SourceFiles
{
    /// <summary>The files to check, and the paths that could not be searched with why (an argument naming nothing, an unreadable directory).</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<(string Path, string Problem)> Problems) Expand(IEnumerable<string> paths, ExcludeRules excludes)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(excludes);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<(string, string)>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Display(path));
            }
            else if (Directory.Exists(path))
            {
                Walk(path, Path.GetFullPath(path), path, excludes, files, problems);
            }
            else
            {
                problems.Add((path, "no such file or directory"));
            }
        }

        return ([.. files], problems);
    }

    private static void Walk(
        string display, string fullRoot, string directory, ExcludeRules excludes, SortedSet<string> files, List<(string, string)> problems)
    {
        string[] found, children;
        try
        {
            found = Directory.GetFiles(directory, "*.py");
            children = Directory.GetDirectories(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add((Display(display), $"cannot read the directory: {exception.Message}"));
            return;
        }

        foreach (var file in found)
        {
            if (!excludes.Excludes(fullRoot, Path.GetFullPath(file), isDirectory: false))
            {
                files.Add(Display(Path.Join(display, Path.GetRelativePath(directory, file))));
            }
        }

        // Linked directories are not followed: a link back up the tree would never end.
        foreach (var child in children)
        {
            if (new DirectoryInfo(child).LinkTarget is null && !excludes.Excludes(fullRoot, Path.GetFullPath(child), isDirectory: true))
            {
                Walk(Path.Join(display, Path.GetFileName(child)), fullRoot, child, excludes, files, problems);
            }
        }
    }

    private static string Display(string path)
    {
        var normal = path.Replace('\\', '/');
        return normal.StartsWith("./", StringComparison.Ordinal) && normal.Length > 2 ? normal[2..] : normal;
    }
}
