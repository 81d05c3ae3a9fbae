namespace RaceLab.Python.Vm.Values;

/// <summary>
/// _random.Random, the C half of random.Random in CPython: the generator's state and the three methods that
/// touch it (random, seed, getrandbits), each atomic under the GIL. Everything else in random.py is Python.
/// </summary>
internal sealed class PyRandomCore(MersenneTwister generator) : PyHeapObject
{
    public MersenneTwister Generator { get; set; } = generator;
}
