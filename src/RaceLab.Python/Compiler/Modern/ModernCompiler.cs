using RaceLab.Python.Bytecode;
using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>CPython 3.11, 3.12 and 3.13's compiler for RaceLab's Python subset.</summary>
public static class ModernCompiler
{
    /// <summary>
    /// Compiles <paramref name="source"/> to the module code object that <paramref name="version"/>'s
    /// <c>compile(source, fileName, "exec")</c> produces, field for field.
    /// </summary>
    /// <exception cref="PythonSyntaxException">A syntax error or a construct outside the subset.</exception>
    public static CodeObject Compile(string source, string fileName, PythonVersion version)
    {
        if (version < PythonVersion.Py311)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "the modern compiler covers CPython 3.11 to 3.13");
        }

        var module = AstOptimizer.Optimize(PythonParser.Parse(source, fileName, version), version);
        return CodeGenerator.CompileModule(module, version, fileName);
    }
}
