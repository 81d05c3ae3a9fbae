using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>The test programs' module code objects, as real CPython compiled them (golden.py, checked in).</summary>
internal static class ProgramCode
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Programs");

    /// <summary>"3.13t" uses 3.13's bytecode: the free-threaded build compiles the same code.</summary>
    public static CodeObject Load(string program, string python)
    {
        var label = python.TrimEnd('t');
        if (!PythonVersions.TryParse(label, out var parsed) || parsed is not { } version)
        {
            throw new ArgumentException($"unknown version {python}", nameof(python));
        }

        var json = File.ReadAllText(Path.Combine(Folder, "golden", program, label + ".code.json"));
        return CodeObjectJson.Load(json, version, program + ".py");
    }
}
