using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Cli.Tests.Commands.Dis;

/// <summary>
/// Stands in for the compiler: "compiles" a corpus program by loading the code object real CPython made of
/// it (golden.py's .code.json), so the handler is tested on exact bytecode.
/// </summary>
internal static class GoldenCompiler
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string Program(string name) => Path.Combine(Root, "Programs", name + ".py");

    public static string Dis(string name, string version) => File.ReadAllText(Path.Combine(Root, "Golden", name, version + ".dis"));

    public static CodeObject Compile(string source, string fileName, PythonVersion version)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var json = File.ReadAllText(Path.Combine(Root, "Golden", name, version.Label() + ".code.json"));
        return CodeObjectJson.Load(json, version, fileName);
    }
}
