using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): threads get
/// distinct random priorities d, d+1, ... (a new thread a random rank among them) and the highest-priority
/// runnable thread runs; at d - 1 change points, drawn uniformly over the run's estimated length k, the
/// running thread drops to priority i (the i-th change point), below every initial one. A bug of depth d is
/// then found with probability at least 1/(n k^(d-1)). Steps are counted in instructions: a change point
/// takes effect at the thread's next switch point, which a uniform instruction hits with probability at
/// least 1/k, so the bound holds with k the run's instruction count.
/// </summary>
internal sealed class PctStrategy : ISchedulingStrategy
{
    /// <summary>How often the strategy looks again while a thread runs on (a lock released may have woken a higher priority).</summary>
    public const long Quantum = 4096;

    private readonly Xoshiro _random;
    private readonly int _depth;
    private readonly long[] _changePoints;
    private readonly List<double> _priority = [];
    private int _nextChange;

    public PctStrategy(ulong seed, int depth, long length)
    {
        _random = new Xoshiro(seed);
        _depth = depth;
        var points = new SortedSet<long>();
        var count = (int)Math.Min(depth - 1, Math.Max(0, length));
        while (points.Count < count)
        {
            points.Add(1 + (long)(_random.Next() % (ulong)Math.Max(1, length)));
        }

        _changePoints = [.. points];
    }

    public SchedulingChoice Next(SchedulingPoint point)
    {
        while (_priority.Count < point.ThreadCount)
        {
            _priority.Add(_depth + Unit());
        }

        while (_nextChange < _changePoints.Length && point.Executed >= _changePoints[_nextChange])
        {
            if (point.Current >= 0)
            {
                _priority[point.Current] = _nextChange + 1;
            }

            _nextChange++;
        }

        var best = point.Enabled[0];
        foreach (var thread in point.Enabled)
        {
            if (_priority[thread] > _priority[best])
            {
                best = thread;
            }
        }

        var atLeast = Quantum;
        if (_nextChange < _changePoints.Length)
        {
            atLeast = Math.Max(1, Math.Min(atLeast, _changePoints[_nextChange] - point.Executed));
        }

        return new SchedulingChoice(best, atLeast);
    }

    /// <summary>Uniform in (0, 1): the rank of a new thread among the initial priorities.</summary>
    private double Unit() => ((_random.Next() >> 11) + 0.5) / (1UL << 53);
}
