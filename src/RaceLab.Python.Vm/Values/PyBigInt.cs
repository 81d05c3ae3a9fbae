using System.Numerics;

namespace RaceLab.Python.Vm.Values;

/// <summary>An int that does not fit in 64 bits (Python ints are unbounded).</summary>
internal sealed class PyBigInt(BigInteger value)
{
    public BigInteger Value { get; } = value;
}
