using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The random module's functions, drawn from a generator seeded by the run's seed (sim --seed): the same seed
/// gives the same numbers, and nothing reads the clock. The numbers are not CPython's (a Mersenne Twister
/// seeded from the OS): a program's random choices are deterministic here, not the same as a real run's.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>The program's own random numbers (random.random() and friends).</summary>
    public Xoshiro ProgramRandom { get; set; } = new(1);

    private PyValue RandomFunction(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var random = ProgramRandom;
        switch (builtin.Id)
        {
            case BuiltinId.RandomRandom:
                Expect(builtin, pos, 0, 0, kw);
                return PyValue.FromFloat(random.NextDouble());
            case BuiltinId.RandomUniform:
                {
                    Expect(builtin, pos, 2, 2, kw);
                    var (a, b) = (PyOps.ToDouble(pos[0]), PyOps.ToDouble(pos[1]));
                    return PyValue.FromFloat(a + ((b - a) * random.NextDouble()));
                }

            case BuiltinId.RandomRandInt:
                Expect(builtin, pos, 2, 2, kw);
                return PyValue.FromInt(Between(random, pos[0].Int, pos[1].Int + 1, 1, "randint"));
            case BuiltinId.RandomRandRange:
                {
                    Expect(builtin, pos, 1, 3, kw);
                    var (start, stop, step) = pos.Length switch
                    {
                        1 => (0L, pos[0].Int, 1L),
                        2 => (pos[0].Int, pos[1].Int, 1L),
                        _ => (pos[0].Int, pos[1].Int, pos[2].Int),
                    };
                    return PyValue.FromInt(Between(random, start, stop, step, "randrange"));
                }

            case BuiltinId.RandomChoice:
                {
                    Expect(builtin, pos, 1, 1, kw);
                    var items = Iteration.ToList(pos[0]);
                    return items.Count == 0
                        ? throw PythonError.Of(Tags.IndexError, "Cannot choose from an empty sequence")
                        : items[(int)(random.Next() % (ulong)items.Count)];
                }

            case BuiltinId.RandomShuffle:
                {
                    Expect(builtin, pos, 1, 1, kw);
                    var items = pos[0].As<PyList>().Items;
                    for (var i = items.Count - 1; i > 0; i--)
                    {
                        var j = (int)(random.Next() % (ulong)(i + 1));
                        (items[i], items[j]) = (items[j], items[i]);
                    }

                    return PyValue.None;
                }

            default:
                Expect(builtin, pos, 0, 1, kw);
                ProgramRandom = new Xoshiro(pos.Length == 0 || pos[0].IsNone ? 0 : (ulong)PyHash.Of(pos[0]));
                return PyValue.None;
        }
    }

    /// <summary>A uniform choice among start, start + step, ... below stop.</summary>
    private static long Between(Xoshiro random, long start, long stop, long step, string name)
    {
        var count = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
        if (step == 0 || count <= 0)
        {
            throw PythonError.Of(Tags.ValueError, $"empty range in {name}({start}, {stop})");
        }

        return start + (step * (long)(random.Next() % (ulong)count));
    }
}
