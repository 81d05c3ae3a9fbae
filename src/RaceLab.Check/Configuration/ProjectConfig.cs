namespace RaceLab.Check.Configuration;

/// <summary>The <c>[tool.racelab]</c> table of a pyproject.toml; a key left out is null (or empty for exclude).</summary>
public sealed record ProjectConfig(
    string File,
    IReadOnlyList<string>? Targets,
    IReadOnlyList<string>? Select,
    IReadOnlyList<string>? Ignore,
    IReadOnlyList<string> Exclude);
