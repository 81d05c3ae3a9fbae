using Tomlyn.Model;
using Tomlyn.Serialization;

namespace RaceLab.Check.Configuration;

/// <summary>Reads pyproject.toml into Tomlyn's document model without reflection, so the Native AOT build reads it too.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class PyProjectTomlContext : TomlSerializerContext;
