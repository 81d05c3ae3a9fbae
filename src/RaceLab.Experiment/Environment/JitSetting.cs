using System.Globalization;

namespace RaceLab.Experiment.Environment;

/// <summary>One runtime switch, whether it is on, and what decided it.</summary>
/// <param name="Enabled">Whether the switch is on for this process.</param>
/// <param name="Source">What decided: an environment variable, the app's runtimeconfig, or the runtime default.</param>
public sealed record JitSetting(bool Enabled, string Source)
{
    /// <summary>Resolves a switch the way the runtime does: DOTNET_/COMPlus_ variable, then runtimeconfig property, then default.</summary>
    /// <param name="environmentName">The variable name without prefix, e.g. <c>TieredPGO</c>.</param>
    /// <param name="appContextName">The runtimeconfig property, e.g. <c>System.Runtime.TieredPGO</c>, if there is one.</param>
    /// <param name="defaultValue">The runtime's default.</param>
    public static JitSetting Resolve(string environmentName, string? appContextName, bool defaultValue)
    {
        foreach (var prefix in new[] { "DOTNET_", "COMPlus_" })
        {
            var name = prefix + environmentName;
            var value = System.Environment.GetEnvironmentVariable(name);
            // The runtime reads these knobs as hexadecimal integers; anything else it ignores.
            if (value is not null && int.TryParse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var number))
            {
                return new JitSetting(number != 0, $"{name}={value}");
            }
        }

        if (appContextName is not null && AppContext.GetData(appContextName) is { } data &&
            bool.TryParse(data.ToString(), out var configured))
        {
            return new JitSetting(configured, $"runtimeconfig {appContextName}");
        }

        return new JitSetting(defaultValue, "default");
    }

    /// <inheritdoc/>
    public override string ToString() => $"{(Enabled ? "on" : "off")} ({Source})";
}
