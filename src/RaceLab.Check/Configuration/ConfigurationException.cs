namespace RaceLab.Check.Configuration;

/// <summary>A pyproject.toml that cannot be read or whose <c>[tool.racelab]</c> table is wrong: a usage error.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
