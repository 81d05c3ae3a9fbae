namespace RaceLab.Python.Vm.Values.Itertools;

/// <summary>next() of a pulling iterator whose sources are all native iterators: every pull at once.</summary>
internal static class PullLoop
{
    public static bool TryNext(IPullingIterator iterator, out PyValue value)
    {
        while (iterator.NextPull(out var source))
        {
            var ended = !Iteration.Next(source, out var item);
            if (iterator.TakePulled(item, ended, out value, out var exhausted))
            {
                return !exhausted;
            }
        }

        value = default;
        return false;
    }
}
