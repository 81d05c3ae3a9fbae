using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// The CPython 3.9 and 3.10 compilers: source to the module's code object exactly as that release's
/// <c>compile(source, fileName, "exec")</c> builds it.
/// </summary>
public static class LegacyCompiler
{
    /// <summary>Compiles <paramref name="source"/>; throws <see cref="PythonSyntaxException"/> for bad or unsupported input.</summary>
    public static CodeObject Compile(string source, string fileName, PythonVersion version)
    {
        if (version is not (PythonVersion.Py39 or PythonVersion.Py310))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "the legacy compiler covers CPython 3.9 and 3.10");
        }

        var module = AstOptimizer.Optimize(PythonParser.Parse(source, fileName, version), version);
        return Compile(module, fileName, version);
    }

    /// <summary>Compiles an already parsed and constant-folded module.</summary>
    internal static CodeObject Compile(ModuleNode module, string fileName, PythonVersion version) =>
        CodeGenerator.CompileModule(module, fileName, version);
}
