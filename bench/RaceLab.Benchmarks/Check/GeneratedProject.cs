using System.Globalization;
using System.Text;

namespace RaceLab.Benchmarks.Check;

/// <summary>
/// A made-up Python project for timing racelab check: modules of about 100 lines each, with shared counters
/// updated with and without locks, calls inside windows, loops, branches, comprehensions, closures and
/// f-strings — the subset RaceLab compiles, varied by module number so no two modules are alike.
/// </summary>
internal static class GeneratedProject
{
    /// <summary>Writes <paramref name="modules"/> modules under <paramref name="root"/> (ten packages) and returns the line count.</summary>
    public static int Write(string root, int modules)
    {
        var lines = 0;
        for (var i = 0; i < modules; i++)
        {
            var text = Module(i);
            var path = Path.Combine(root, $"pkg{i % 10}", $"module{i:D3}.py");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            lines += text.Count(c => c == '\n');
        }

        return lines;
    }

    public static string Module(int i)
    {
        var s = new StringBuilder();
        var n = i.ToString(CultureInfo.InvariantCulture);
        s.Append(CultureInfo.InvariantCulture, $$"""
            import threading

            count_{{n}} = 0
            total_{{n}} = 0
            hits = 0
            lock_{{n}} = threading.Lock()
            other_{{n}} = threading.Lock()
            table = {"a": {{n}}, "b": {{i % 7}}}
            items = [x * {{i % 5 + 1}} for x in range(10)]


            def step(x):
                return x + {{i % 3}}


            def scale(values, factor):
                return [v * factor for v in values if v % 2 == 0]


            def bump():
                global count_{{n}}
                count_{{n}} += 1


            def bump_with_call():
                global total_{{n}}
                total_{{n}} = total_{{n}} + step({{n}})


            def bump_locked():
                global count_{{n}}
                with lock_{{n}}:
                    count_{{n}} += 1


            def both_locks():
                global hits
                with lock_{{n}}:
                    with other_{{n}}:
                        hits = hits + 1


            def loop(limit):
                global hits
                k = 0
                while k < limit:
                    if k % 3 == 0:
                        hits += 1
                    elif k % 3 == 1:
                        k += 1
                    else:
                        hits = hits + len(items)
                    k += 1
                return k


            def make_counter(start):
                value = start

                def inc(by):
                    nonlocal value
                    value = value + by
                    return value

                return inc


            def describe(name, amount):
                label = f"{name}: {amount:>8}"
                parts = [label, str(amount), name.upper()]
                return " ".join(parts)


            def totals():
                acc = 0
                for key in table:
                    acc = acc + table[key]
                squares = [k * k for k in range({{i % 9 + 2}})]
                return acc + sum(squares) + max(items) - min(items)


            def worker(rounds):
                counter = make_counter({{n}})
                for r in range(rounds):
                    bump()
                    bump_with_call()
                    bump_locked()
                    counter(r)
                    loop(r % 4)
                return describe("worker", totals())


            threads = [threading.Thread(target=worker, args=({{i % 4 + 1}},)) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(describe("count", count_{{n}}), total_{{n}}, hits)

            """);
        return s.ToString();
    }
}
