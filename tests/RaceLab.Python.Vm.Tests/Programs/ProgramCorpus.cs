using System.Text.Json;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Vm.Tests.Programs;

/// <summary>
/// Programs of the note's family with what real CPython 3.9 to 3.13 did when it ran them
/// (Programs/NAME.py, Programs/golden/NAME/runs.json, 3.X.dis and 3.X.code.json, recorded by golden.py with
/// 5 runs per version), copied to the test output folder. The code objects let the VM run real CPython
/// bytecode without our compilers; the runs are what the simulator is checked against.
/// </summary>
public static class ProgramCorpus
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Programs");

    public static string GoldenDirectory { get; } = Path.Combine(Root, "golden");

    /// <summary>The program names (file names without .py), in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Directory.GetFiles(Root, "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>Every program × version label ("3.9" … "3.13").</summary>
    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var name in Names)
            {
                foreach (var version in PythonVersions.All)
                {
                    cases.Add(name, version.Label());
                }
            }

            return cases;
        }
    }

    public static string FileName(string name) => name + ".py";

    public static string Source(string name) => File.ReadAllText(Path.Combine(Root, FileName(name)));

    public static string RunsPath(string name) => Path.Combine(GoldenDirectory, name, "runs.json");

    public static string CodeJsonPath(string name, PythonVersion version) =>
        Path.Combine(GoldenDirectory, name, version.Label() + ".code.json");

    public static string DisPath(string name, PythonVersion version) =>
        Path.Combine(GoldenDirectory, name, version.Label() + ".dis");

    /// <summary>Every version's real runs of the program, keyed by version.</summary>
    public static IReadOnlyDictionary<PythonVersion, RealRuns> AllRuns(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RunsPath(name)));
        var result = new Dictionary<PythonVersion, RealRuns>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var version = Version(entry.Name);
            var runs = entry.Value.GetProperty("runs").EnumerateArray()
                .Select(r => new RealRun(
                    r.GetProperty("final").ValueKind == JsonValueKind.Null ? null : r.GetProperty("final").GetInt64(),
                    r.GetProperty("assert_ok").GetBoolean(),
                    r.GetProperty("seconds").GetDouble()))
                .ToList();
            result[version] = new RealRuns(version, entry.Value.GetProperty("interpreter").GetString()!, runs);
        }

        return result;
    }

    public static RealRuns Runs(string name, PythonVersion version) =>
        AllRuns(name).TryGetValue(version, out var runs)
            ? runs
            : throw new KeyNotFoundException($"{name} has no real runs on CPython {version.Label()}");

    public static RealRuns Runs(string name, string versionLabel) => Runs(name, Version(versionLabel));

    public static string CodeJson(string name, PythonVersion version) => File.ReadAllText(CodeJsonPath(name, version));

    /// <summary>The module's code object exactly as that CPython compiled it.</summary>
    public static CodeObject Code(string name, PythonVersion version) =>
        CodeObjectJson.Load(CodeJson(name, version), version, FileName(name));

    public static CodeObject Code(string name, string versionLabel) => Code(name, Version(versionLabel));

    public static string Dis(string name, PythonVersion version) => File.ReadAllText(DisPath(name, version));

    public static PythonVersion Version(string label) =>
        PythonVersions.TryParse(label, out var version)
            ? version.Value
            : throw new ArgumentException($"not a CPython version label: {label}", nameof(label));
}
