using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Sampling;

/// <summary>
/// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010): threads get
/// distinct random priorities d, d+1, ... (a new thread a random rank among them) and the highest-priority
/// runnable thread runs; d - 1 change points are drawn uniformly (distinct) over [1, k], the run's steps,
/// and at the i-th of them the running thread drops to priority d - i: below every initial one and below
/// every thread dropped before it, as Coyote moves it to the end of its priority list, so two threads can
/// hand over to each other once per change point. A bug of depth d is then found with probability at
/// least 1/(n k^(d-1)). What a step is decides k. A short program is scheduled switch point by switch point
/// and its steps are the scheduling steps: those that may touch shared state (as PCT counts
/// synchronisation and shared accesses, not local work) taken where another thread could run instead (a
/// change point where only one thread can run changes nothing of the order), so k is small and the bound
/// useful. A long one runs between change points at full speed and its steps are instructions: a change
/// point takes effect at the thread's next switch point, which a uniform instruction hits with probability
/// at least 1/k, so the bound holds with k the run's instruction count, however weak.
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

    private readonly bool _visibleSteps;
    private long _steps;

    /// <param name="visibleSteps">Count steps that may touch shared state (one switch point at a time) rather than instructions.</param>
    public PctStrategy(ulong seed, int depth, long length, bool visibleSteps = false)
    {
        _visibleSteps = visibleSteps;
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

        if (_visibleSteps)
        {
            return NextVisible(point);
        }

        while (_nextChange < _changePoints.Length && point.Executed >= _changePoints[_nextChange])
        {
            if (point.Current >= 0)
            {
                _priority[point.Current] = _depth - (_nextChange + 1);
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

    /// <summary>
    /// One switch point at a time: when the step the highest-priority thread is about to take may touch
    /// shared state and another thread could run instead it is the next step, and at a change point that
    /// thread drops before taking it.
    /// </summary>
    private SchedulingChoice NextVisible(SchedulingPoint point)
    {
        var best = Highest(point);
        if (point.Enabled.Count > 1 && !point.Footprint(best).IsEmpty)
        {
            _steps++;
            if (_nextChange < _changePoints.Length && _steps == _changePoints[_nextChange])
            {
                _priority[best] = _depth - ++_nextChange;
                best = Highest(point);
            }
        }

        return new SchedulingChoice(best, 1);
    }

    private int Highest(SchedulingPoint point)
    {
        var best = point.Enabled[0];
        foreach (var thread in point.Enabled)
        {
            if (_priority[thread] > _priority[best])
            {
                best = thread;
            }
        }

        return best;
    }

    /// <summary>Uniform in (0, 1): the rank of a new thread among the initial priorities.</summary>
    private double Unit() => ((_random.Next() >> 11) + 0.5) / (1UL << 53);
}
