using RaceLab.Python.Bytecode;
using RaceLab.Python.Compiler.Legacy;
using RaceLab.Python.Compiler.Modern;
using RaceLab.Python.Syntax;

namespace RaceLab.Python;

/// <summary>
/// Compiles a Python program as a given CPython release does. 3.11 rewrote the compiler (caches,
/// exception tables, a new location table), so 3.9/3.10 and 3.11-3.13 are two code generator families.
/// </summary>
public static class PythonCompiler
{
    /// <summary>The module's code object, field for field as that release's <c>compile(source, fileName, "exec")</c>.</summary>
    /// <exception cref="PythonSyntaxException">A syntax error or a construct outside RaceLab's subset.</exception>
    public static CodeObject Compile(string source, string fileName, PythonVersion version) =>
        version >= PythonVersion.Py311
            ? ModernCompiler.Compile(source, fileName, version)
            : LegacyCompiler.Compile(source, fileName, version);
}
