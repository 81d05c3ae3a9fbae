using System.Numerics;

namespace RaceLab.Explorer.Engine;

/// <summary>
/// Exact path counts per state: 128-bit integers on the hot path, moved to BigInteger only for the rare
/// state whose count overflows (so counting never allocates until numbers get astronomically large).
/// </summary>
internal sealed class PathCounts
{
    private UInt128[] _small = new UInt128[1024];
    private Dictionary<int, BigInteger>? _big;

    public void Reset(int capacity)
    {
        if (_small.Length < capacity)
        {
            _small = new UInt128[Math.Max(capacity, _small.Length * 2)];
        }
        else
        {
            Array.Clear(_small, 0, capacity);
        }

        _big = null;
    }

    public void EnsureCapacity(int index)
    {
        if (index >= _small.Length)
        {
            Array.Resize(ref _small, Math.Max(index + 1, _small.Length * 2));
        }
    }

    public BigInteger Get(int index) =>
        _big is not null && _big.TryGetValue(index, out var big) ? big : (BigInteger)_small[index];

    /// <summary>Adds multiplier × (the count of <paramref name="source"/> in <paramref name="from"/>).</summary>
    public void AddProduct(int index, PathCounts from, int source, int multiplier)
    {
        EnsureCapacity(index);
        if (from._big is null || !from._big.ContainsKey(source))
        {
            var value = from._small[source];
            if (_big is null || !_big.ContainsKey(index))
            {
                var product = value * (uint)multiplier;
                if (multiplier == 1 || product / (uint)multiplier == value)
                {
                    var sum = _small[index] + product;
                    if (sum >= product)
                    {
                        _small[index] = sum;
                        return;
                    }
                }
            }
        }

        // Overflow (or an operand already big): continue in BigInteger for this state.
        var total = Get(index) + (from.Get(source) * multiplier);
        _big ??= [];
        _big[index] = total;
    }

    public void Set(int index, BigInteger value)
    {
        EnsureCapacity(index);
        if (value <= (BigInteger)UInt128.MaxValue)
        {
            _small[index] = (UInt128)value;
            _big?.Remove(index);
        }
        else
        {
            _big ??= [];
            _big[index] = value;
        }
    }
}
