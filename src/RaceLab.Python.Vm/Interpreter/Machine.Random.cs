using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// _random.Random's methods (C in CPython; random.py, Python here as there, builds everything else on them).
/// A seeded generator gives CPython's numbers exactly. random.seed(None), and the module's own generator
/// before any seed, take their state from the run's seed (sim --seed) instead of the OS: the same seed
/// gives the same numbers, and nothing reads the clock.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Where unseeded generators draw their state: the stream of the run's seed.</summary>
    public Xoshiro ProgramRandom { get; set; } = new(1);

    private PyValue RandomFunction(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var core = pos[0].As<PyRandomCore>();
        switch (builtin.Id)
        {
            case BuiltinId.RandomCoreRandom:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromFloat(core.Generator.NextDouble());
            case BuiltinId.RandomCoreGetRandBits:
                {
                    Expect(builtin, pos, 2, 2, kw);
                    var k = pos[1].Int;
                    return k < 0
                        ? throw PythonError.Of(Tags.ValueError, "number of bits must be non-negative")
                        : PyValue.FromBig(core.Generator.GetRandBits((int)k));
                }

            default:
                Expect(builtin, pos, 1, 2, kw);
                SeedRandom(core, pos.Length > 1 ? pos[1] : PyValue.None);
                return PyValue.None;
        }
    }

    /// <summary>
    /// random_seed in _randommodule.c, with random.py's conversion of str and bytes (version 2: the text's
    /// UTF-8 bytes followed by their SHA-512, read as one big-endian int) done here too.
    /// </summary>
    private void SeedRandom(PyRandomCore core, PyValue seed)
    {
        if (seed.IsNone)
        {
            var key = new uint[624];
            for (var i = 0; i < key.Length; i++)
            {
                key[i] = (uint)ProgramRandom.Next();
            }

            core.Generator.Seed(key);
            return;
        }

        core.Generator.Seed(SeedInteger(seed));
    }

    private BigInteger SeedInteger(PyValue seed)
    {
        if (seed.IsIntegral)
        {
            return seed.ToBig();
        }

        if (seed.Ref is string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return new BigInteger([.. bytes, .. SHA512.HashData(bytes)], isUnsigned: true, isBigEndian: true);
        }

        if (seed.IsFloat)
        {
            return FloatHash.Of(seed.Float);
        }

        if (Version >= PythonVersion.Py311)
        {
            throw PythonError.Of(Tags.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }

        return PyHash.Of(seed);
    }
}
