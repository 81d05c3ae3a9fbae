using RaceLab.Explorer.Python;
using RaceLab.Python;

namespace RaceLab.Explorer.Tests.Sampling;

/// <summary>Small programs for the sampling tests, compiled by RaceLab's own compiler (checked against CPython elsewhere).</summary>
internal static class SampledPrograms
{
    /// <summary>The note's counter with THREADS threads of N load-add-store increments each, asserting the total.</summary>
    public static string Counter(int threads, int increments) => $$"""
        import threading

        count = 0


        def worker():
            global count
            for _ in range({{increments}}):
                count += 1


        threads = []
        for _ in range({{threads}}):
            t = threading.Thread(target=worker)
            threads.append(t)
            t.start()
        for t in threads:
            t.join()
        print("count is", count)
        assert count == {{increments}} * {{threads}}, count
        """;

    /// <summary>
    /// bench/bugs/handoff_4.py (copied beside the tests by the project file): two threads that must take turns
    /// four times (3 preemptions) for a to reach 3 and b 2, the assertion failing only then.
    /// </summary>
    public static string HandOff4 => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sampling", "handoff_4.py"));

    public static PythonMachine Machine(string source, string python, Granularity granularity = Granularity.Bytecode, int? bound = null)
    {
        var freeThreaded = python.EndsWith('t');
        if (!PythonVersions.TryParse(python.TrimEnd('t'), out var parsed) || parsed is not { } version)
        {
            throw new ArgumentException($"unknown version {python}", nameof(python));
        }

        var code = PythonCompiler.Compile(source, "prog.py", version);
        return new PythonMachine(code, new PythonMachineOptions { FreeThreaded = freeThreaded, Granularity = granularity, Bound = bound });
    }
}
