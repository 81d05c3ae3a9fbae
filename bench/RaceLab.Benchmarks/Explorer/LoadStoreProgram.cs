using System.Globalization;
using RaceLab.Python;
using RaceLab.Python.Bytecode;

namespace RaceLab.Benchmarks.Explorer;

/// <summary>
/// The explorer tests' load/store program (N threads × K <c>value = count; count = value + 1</c>, started and
/// joined by the main thread) with its two ranges set, compiled for 3.9.
/// </summary>
internal static class LoadStoreProgram
{
    public static CodeObject Compile(int threads, int increments)
    {
        var source = File.ReadAllText(Path.Combine(Repository.Root(), "tests", "RaceLab.Explorer.Tests", "Programs", "load_store_counter.py"))
            .Replace("range(5)", $"range({increments.ToString(CultureInfo.InvariantCulture)})", StringComparison.Ordinal)
            .Replace("range(2)]", $"range({threads.ToString(CultureInfo.InvariantCulture)})]", StringComparison.Ordinal);
        return PythonCompiler.Compile(source, "load_store_counter.py", PythonVersion.Py39);
    }
}
