using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Cli.Commands.Sim;

/// <summary>
/// Stands in for RaceLab's compiler until it is wired in: loads the code object real CPython compiled for
/// PROGRAM.py, recorded by golden.py as golden/PROGRAM/3.X.code.json beside the program.
/// </summary>
internal static class GoldenCodeCompiler
{
    public static CodeObject Compile(string source, string fileName, PythonVersion version)
    {
        _ = source;
        var name = Path.GetFileNameWithoutExtension(fileName);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".", "golden", name, $"{version.Label()}.code.json");
        return File.Exists(path)
            ? CodeObjectJson.Load(File.ReadAllText(path), version, fileName)
            : throw new InvalidOperationException($"{fileName}: no compiler is wired in yet and there is no {path}");
    }
}
