namespace RaceLab.Explorer.Engine.Composed;

/// <summary>
/// Runs a phase's work items (shards, or a shard's two kinds of work) on up to the search's number of
/// workers. Items touch disjoint data, so the results do not depend on which worker runs which.
/// </summary>
internal sealed class ShardWorkers(int workers)
{
    private readonly ParallelOptions _options = new() { MaxDegreeOfParallelism = Math.Max(1, workers) };

    public void Run(int items, Action<int> action)
    {
        if (_options.MaxDegreeOfParallelism == 1)
        {
            for (var item = 0; item < items; item++)
            {
                action(item);
            }

            return;
        }

        Parallel.For(0, items, _options, action);
    }
}
