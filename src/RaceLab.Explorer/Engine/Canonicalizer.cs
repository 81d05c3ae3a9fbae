using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine;

/// <summary>
/// Symmetry reduction: orders a state's threads canonically (by symmetry class, then thread-local state), so
/// states that differ only in which of several identical threads is which get one key.
/// </summary>
internal sealed class Canonicalizer<TState>
    where TState : class
{
    private readonly IExplorableMachine<TState> _machine;
    private readonly bool _symmetry;
    private int[] _classes = new int[16];
    private int _distinguished = -1;

    public Canonicalizer(IExplorableMachine<TState> machine, bool symmetry)
    {
        _machine = machine;
        _symmetry = symmetry;
    }

    /// <summary>
    /// Fills order[position] = thread (a stable sort, so ties keep index order). A distinguished thread (the
    /// one that ran last) sorts first among threads in its exact local state, so positions stay meaningful
    /// for preemption counting across states that are equal up to symmetry.
    /// </summary>
    public void Order(TState state, int threads, int[] order, int distinguished = -1)
    {
        _distinguished = distinguished;
        for (var i = 0; i < threads; i++)
        {
            order[i] = i;
        }

        if (!_symmetry || threads < 2)
        {
            return;
        }

        if (_classes.Length < threads)
        {
            _classes = new int[threads * 2];
        }

        for (var i = 0; i < threads; i++)
        {
            _classes[i] = _machine.SymmetryClass(state, i);
        }

        // Insertion sort: thread counts are small and states are often nearly sorted already.
        for (var i = 1; i < threads; i++)
        {
            var thread = order[i];
            var j = i - 1;
            while (j >= 0 && Compare(state, order[j], thread) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = thread;
        }
    }

    /// <summary>Whether two threads are symmetric and in identical local states.</summary>
    public bool Alike(TState state, int left, int right) => _symmetry && Compare(state, left, right) == 0;

    private int Compare(TState state, int left, int right)
    {
        var byClass = _classes[left].CompareTo(_classes[right]);
        if (byClass != 0)
        {
            return byClass;
        }

        var byState = _machine.CompareThreads(state, left, right);
        if (byState != 0 || _distinguished < 0)
        {
            return byState;
        }

        return left == _distinguished ? -1 : right == _distinguished ? 1 : 0;
    }
}
