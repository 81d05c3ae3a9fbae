using Tomlyn;
using Tomlyn.Model;

namespace RaceLab.Check.Configuration;

/// <summary>
/// Finds and reads the configuration: the nearest pyproject.toml with a <c>[tool.racelab]</c> table, walking up
/// from a path's directory (as ruff looks for <c>[tool.ruff]</c>).
/// </summary>
public static class PyProject
{
    private static readonly string[] Keys = ["targets", "select", "ignore", "exclude"];

    public static ProjectConfig? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var directory = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        for (; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Join(directory.FullName, "pyproject.toml");
            if (File.Exists(candidate) && Read(candidate) is { } config)
            {
                return config;
            }
        }

        return null;
    }

    /// <summary>The file's <c>[tool.racelab]</c> table, or null when it has none.</summary>
    /// <exception cref="ConfigurationException">The file is not valid TOML or the table holds a wrong key or value.</exception>
    public static ProjectConfig? Read(string file)
    {
        TomlTable document;
        try
        {
            document = TomlSerializer.Deserialize(File.ReadAllText(file), PyProjectTomlContext.Default.TomlTable)
                ?? throw new ConfigurationException($"{file}: empty TOML document");
        }
        catch (Exception exception) when (exception is TomlException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{file}: {exception.Message.ReplaceLineEndings(" ")}");
        }

        if (!document.TryGetValue("tool", out var tool) || tool is not TomlTable toolTable
            || !toolTable.TryGetValue("racelab", out var racelab))
        {
            return null;
        }

        if (racelab is not TomlTable table)
        {
            throw new ConfigurationException($"{file}: [tool.racelab] must be a table");
        }

        if (table.Keys.FirstOrDefault(k => !Keys.Contains(k)) is { } unknown)
        {
            throw new ConfigurationException($"{file}: [tool.racelab] has an unknown key '{unknown}' (known: {string.Join(", ", Keys)})");
        }

        return new ProjectConfig(file, Strings(file, table, "targets"), Strings(file, table, "select"),
            Strings(file, table, "ignore"), Strings(file, table, "exclude") ?? []);
    }

    // A list of strings; a single string is accepted too ("all", "RL1").
    private static IReadOnlyList<string>? Strings(string file, TomlTable table, string key)
    {
        if (!table.TryGetValue(key, out var value))
        {
            return null;
        }

        return value switch
        {
            string text => [text],
            TomlArray array when array.All(v => v is string) => [.. array.Cast<string>()],
            _ => throw new ConfigurationException($"{file}: [tool.racelab] {key} must be a string or a list of strings"),
        };
    }
}
