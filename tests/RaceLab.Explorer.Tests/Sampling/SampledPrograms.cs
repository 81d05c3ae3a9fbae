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
    /// bench/bugs/handoff_4.py: two threads that must take turns four times (3 preemptions) for a to reach 3
    /// and b 2, the assertion failing only then.
    /// </summary>
    public const string HandOff4 = """
        import threading

        a = 0
        b = 0


        def a_side():
            global a
            a = 1
            if b == 1:
                a = 2
                if b == 2:
                    a = 3


        def b_side():
            global b
            if a == 1:
                b = 1
                if a == 2:
                    b = 2


        ta = threading.Thread(target=a_side)
        tb = threading.Thread(target=b_side)
        ta.start()
        tb.start()
        ta.join()
        tb.join()
        assert not (a == 3 and b == 2), (a, b)
        """;

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
