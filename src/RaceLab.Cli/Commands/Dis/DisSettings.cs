using System.CommandLine;
using RaceLab.Python;

namespace RaceLab.Cli.Commands.Dis;

/// <summary>The validated settings of one <c>racelab dis</c> invocation (validation happens in <see cref="Validate"/>).</summary>
internal sealed record DisSettings(string ProgramPath, string Versions, string? Function, bool SwitchPoints, bool Json)
{
    public static DisSettings From(ParseResult parseResult, DisDefinition definition) => new(
        parseResult.GetValue(definition.Program) ?? "",
        parseResult.GetValue(definition.Python) ?? "all",
        parseResult.GetValue(definition.Function),
        parseResult.GetValue(definition.SwitchPoints),
        parseResult.GetValue(definition.Json));

    /// <summary>The versions to show, or an error message naming what is wrong.</summary>
    public (IReadOnlyList<PythonVersion> Versions, string? Error) Validate()
    {
        if (string.IsNullOrWhiteSpace(ProgramPath))
        {
            return ([], "no program given: racelab dis PROGRAM.py");
        }

        if (Directory.Exists(ProgramPath))
        {
            return ([], $"{ProgramPath}: is a directory, not a Python program");
        }

        if (!File.Exists(ProgramPath))
        {
            return ([], $"{ProgramPath}: no such file");
        }

        if (Function is { Length: 0 })
        {
            return ([], "--function needs a name");
        }

        if (Versions.Trim() == "all")
        {
            return (PythonVersions.All, null);
        }

        return PythonVersions.TryParse(Versions, out var version)
            ? ([version.Value], null)
            : ([], $"--python {Versions}: unknown version; use 3.9, 3.10, 3.11, 3.12, 3.13 or all");
    }
}
