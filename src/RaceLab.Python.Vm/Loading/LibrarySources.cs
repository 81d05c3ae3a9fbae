using System.Collections.Concurrent;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// The library modules RaceLab writes in Python where CPython does (Library/*.py, embedded): their source,
/// and their code objects compiled once per release by RaceLab's own compiler.
/// </summary>
internal static class LibrarySources
{
    /// <summary>The directory tracebacks name for library code, in the style of CPython's <c>&lt;frozen ...&gt;</c> files.</summary>
    public const string Directory = "<racelab-lib>";

    private static readonly ConcurrentDictionary<(string, PythonVersion), CodeObject> Compiled = new();

    public static bool Exists(string module) => Names().Contains(module);

    /// <summary>Every library module's dotted name.</summary>
    public static IReadOnlyList<string> Names() => AllNames.Value;

    private static readonly Lazy<string[]> AllNames = new(() =>
        [.. typeof(LibrarySources).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith("RaceLab.Library/", StringComparison.Ordinal) && r.EndsWith(".py", StringComparison.Ordinal))
            .Select(r => r["RaceLab.Library/".Length..^".py".Length].Replace('/', '.'))]);

    public static string? Source(string module)
    {
        var resource = "RaceLab.Library/" + module.Replace('.', '/') + ".py";
        using var stream = typeof(LibrarySources).Assembly.GetManifestResourceStream(resource);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static readonly ConcurrentDictionary<string, string[]> SourceLines = new();

    /// <summary>A library module's source lines, by the file name its code objects carry.</summary>
    public static string[]? Lines(string fileName)
    {
        var prefix = Directory + "/";
        if (!fileName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var module = fileName[prefix.Length..^".py".Length].Replace('/', '.');
        return SourceLines.GetOrAdd(module, m => (Source(m) ?? string.Empty).Split('\n'));
    }

    /// <summary>The file name a traceback shows for a library module's code.</summary>
    public static string FileName(string module) => $"{Directory}/{module.Replace('.', '/')}.py";

    public static CodeObject Compile(string module, PythonVersion version) =>
        Compiled.GetOrAdd((module, version), key =>
            PythonCompiler.Compile(Source(key.Item1) ?? throw new ArgumentException($"no library module {key.Item1}"), FileName(key.Item1), key.Item2));
}
