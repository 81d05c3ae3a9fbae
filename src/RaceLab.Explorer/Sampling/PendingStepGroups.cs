namespace RaceLab.Explorer.Sampling;

/// <summary>
/// The pending steps of threads 0-63 grouped by footprint, each group a mask of threads: POS asks at every step
/// which runnable threads race with the chosen one, and a run's pending steps have few distinct footprints
/// (ten threads on one counter: a load of it, a store of it, nothing shared), so testing each group once
/// replaces testing each thread. A thread stays in the group of its last known footprint until it is known
/// again; the caller masks out the threads whose footprint is stale or which cannot run.
/// </summary>
internal sealed class PendingStepGroups
{
    public const int MaxThreads = 64;

    private readonly int[] _groupOf = CreateGroupOf();
    private StepFootprint[] _footprints = new StepFootprint[8];
    private ulong[] _threads = new ulong[8];
    private int _count;

    /// <summary>Moves <paramref name="thread"/> (below <see cref="MaxThreads"/>) to the group of <paramref name="footprint"/>.</summary>
    public void Set(int thread, StepFootprint footprint)
    {
        var bit = 1UL << thread;
        var old = _groupOf[thread];
        if (old >= 0)
        {
            if (Same(_footprints[old], footprint))
            {
                return;
            }

            _threads[old] &= ~bit;
        }

        var group = Find(footprint);
        _threads[group] |= bit;
        _groupOf[thread] = group;
    }

    /// <summary>The threads whose last known footprint races with <paramref name="step"/>'s (see <see cref="StepFootprint.RacesWith"/>).</summary>
    public ulong RacingWith(StepFootprint step)
    {
        var racing = 0UL;
        for (var g = 0; g < _count; g++)
        {
            // A mask, not a branch: which groups race is as good as random to the branch predictor.
            racing |= _threads[g] & (0UL - (_footprints[g].RacesWith(step) ? 1UL : 0UL));
        }

        return racing;
    }

    /// <summary>The group of <paramref name="footprint"/>: an existing one, else an emptied one re-used, else a new one.</summary>
    private int Find(StepFootprint footprint)
    {
        var empty = -1;
        for (var g = 0; g < _count; g++)
        {
            if (Same(_footprints[g], footprint))
            {
                return g;
            }

            if (empty < 0 && _threads[g] == 0)
            {
                empty = g;
            }
        }

        if (empty < 0)
        {
            if (_count == _threads.Length)
            {
                Array.Resize(ref _footprints, _count * 2);
                Array.Resize(ref _threads, _count * 2);
            }

            empty = _count++;
        }

        _footprints[empty] = footprint;
        return empty;
    }

    private static int[] CreateGroupOf()
    {
        var groupOf = new int[MaxThreads];
        Array.Fill(groupOf, -1);
        return groupOf;
    }

    private static bool Same(StepFootprint a, StepFootprint b) => a.Reads == b.Reads && a.Writes == b.Writes;
}
