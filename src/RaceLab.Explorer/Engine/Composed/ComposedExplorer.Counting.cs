using RaceLab.Explorer.Keys;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine.Composed;

public sealed partial class ComposedExplorer<TState>
{
    /// <summary>Parents of each shard expanded in one round, before their children are added.</summary>
    private const int RoundParents = 1024;

    /// <summary>Each counted level's parents and stepped parts, per shard, to rebuild its states.</summary>
    private readonly List<(int[] Parents, ushort[] Stepped)[]> _trails = [];

    /// <summary>
    /// Pass 1, as <see cref="StateSpaceExplorer{TState}"/>'s: level by level, each state's number of schedules
    /// is summed over its parents (times the number of alike threads that step), a final state's count goes to
    /// its outcome. A level goes in rounds: each shard's next parents are expanded on several threads from
    /// steps already learned, the few that need the machine then on this thread in a fixed order, and the
    /// children are added shard by shard on several threads, each shard's in parent order: the same states
    /// in the same order however many threads run. Every step goes one level deeper; a schedule longer than
    /// the number of distinct states must revisit one, which proves a cycle.
    /// </summary>
    private CountingResult CountInterleavings(Action<ExplorationProgress>? progress)
    {
        var result = new CountingResult();
        var current = new ShardedLevel();
        var next = new ShardedLevel();
        var initial = Decompose(_machine.CreateInitialState(), _ids);
        var rootHash = initial.Hash();
        current.Clear(1);
        var root = current.Shard[ShardedLevel.ShardOf(rootHash)];
        root.FindOrAdd(initial, rootHash, -1, PartVector.Empty, out _);
        root.SetPaths(0, 1);
        result.States = 1;
        var round = new Round(Math.Clamp(_options.Workers, 1, ShardedLevel.Shards));
        var reporter = new ProgressReporter(progress, _options.ProgressInterval, "states");

        for (var depth = 0; current.Count > 0; depth++)
        {
            _trails.Add(current.Trail());
            current.ReleaseSlots();

            // Levels grow by less than half once they are big (each state has a handful of children, most shared).
            next.Clear(current.Count + (current.Count / 2));
            var longest = current.Shard.Max(static shard => shard.Count);
            for (var first = 0; first < longest; first += RoundParents)
            {
                round.Run(s => ExpandShard(current, depth, s, first, round));
                ExpandDeferred(current, depth, round);
                round.Run(d => AddToShard(current, next, d, round));
                foreach (var (outcome, index) in round.Finals)
                {
                    result.AddTerminal(outcome, current.PathCount(index));
                }

                result.Transitions += round.TakeTransitions();
                if (result.StopsAt(_options.MaxStates, next.Count))
                {
                    return result;
                }

                reporter.At(result.States + next.Count, depth + 1, result.Outcomes.Count);
            }

            result.EndLevel(next.Count, depth, round.Distinct.Sum(static set => set.Count), round.Distinct.Any(static set => set.Saturated));

            (current, next) = (next, current);
        }

        progress?.Invoke(new ExplorationProgress("states", result.States, result.MaxDepth, result.Outcomes.Count));
        return result;
    }

    /// <summary>Expands a shard's parents of this round from known steps; those that need the machine wait.</summary>
    private void ExpandShard(ShardedLevel current, int depth, int shard, int first, Round round)
    {
        var level = current.Shard[shard];
        var scratch = round.Scratch[shard];
        round.Deferred[shard].Clear();
        for (var i = first; i < Math.Min(level.Count, first + RoundParents); i++)
        {
            var vector = level.Vector(i);
            var children = Expand(vector, new Origin(depth, ShardedLevel.Index(shard, i)), scratch, learn: false);
            if (children < 0)
            {
                round.Deferred[shard].Add(i);
                continue;
            }

            round.Route(shard, i, scratch, children);
        }
    }

    /// <summary>The parents that need the machine (a step not learned yet, a final state), in shard and parent order.</summary>
    private void ExpandDeferred(ShardedLevel current, int depth, Round round)
    {
        round.Finals.Clear();
        var scratch = round.Scratch[0];
        for (var shard = 0; shard < ShardedLevel.Shards; shard++)
        {
            foreach (var i in round.Deferred[shard])
            {
                var index = ShardedLevel.Index(shard, i);
                var vector = current.Shard[shard].Vector(i);
                var origin = new Origin(depth, index);
                var children = Expand(vector, origin, scratch);
                if (children == 0)
                {
                    round.Finals.Add((OutcomeOf(vector, origin), index));
                }

                round.Route(shard, i, scratch, children);
            }
        }
    }

    /// <summary>Adds the round's children bound for one shard of the next level, in parent order.</summary>
    private static void AddToShard(ShardedLevel current, ShardedLevel next, int shard, Round round)
    {
        var level = next.Shard[shard];
        var distinct = round.Distinct[shard];
        var transitions = 0L;
        for (var from = 0; from < ShardedLevel.Shards; from++)
        {
            var pending = round.Pending[from, shard];
            var parents = current.Shard[from];
            for (var k = 0; k < pending.Count; k++)
            {
                // Start loading the slot of a child a few ahead: the misses overlap instead of queueing.
                if (k + (2 * PrefetchDistance) < pending.Count)
                {
                    level.Prefetch(pending[k + (2 * PrefetchDistance)].Hash);
                }

                if (k + PrefetchDistance < pending.Count)
                {
                    level.PrefetchEntry(pending[k + PrefetchDistance].Hash);
                }

                ref readonly var child = ref pending[k];
                if (level.Add(child.Vector, child.Hash, parents, child.Parent, ShardedLevel.Index(from, child.Parent), child.Multiplicity, child.Stepped))
                {
                    distinct.Add(child.Hash);
                }

                transitions++;
            }

            pending.Clear();
        }

        round.Transitions[shard] = transitions;
    }

    private const int PrefetchDistance = 16;

    /// <summary>
    /// Distinct states counted for the endless-loop test: a million proves a cycle in any schedule shorter than
    /// that, and tracking more would only cost time (a search's levels are tens deep, not millions).
    /// </summary>
    private const int TrackedStates = 1 << 20;

    /// <summary>The thread parts stepped from the root to a state.</summary>
    private List<ushort> StepsTo(Origin origin)
    {
        var steps = new List<ushort>();
        if (origin.Level < 0)
        {
            for (var entry = origin.Index; _witnessParent[entry] >= 0; entry = _witnessParent[entry])
            {
                steps.Add(_witnessStepped[entry]);
            }
        }
        else
        {
            for (int level = origin.Level, index = origin.Index; level > 0; level--)
            {
                var (shard, local) = ShardedLevel.Split(index);
                var (parents, stepped) = _trails[level][shard];
                steps.Add(stepped[local]);
                index = parents[local];
            }
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>What one round works in: per shard, scratch, parents left for the machine, children by destination.</summary>
    private sealed class Round
    {
        private readonly int _workers;

        public Round(int workers)
        {
            _workers = workers;
            for (var s = 0; s < ShardedLevel.Shards; s++)
            {
                Scratch[s] = new Child[PartVector.MaxThreads];
                Deferred[s] = [];
                Distinct[s] = new FingerprintSet(TrackedStates / ShardedLevel.Shards);
                for (var d = 0; d < ShardedLevel.Shards; d++)
                {
                    Pending[s, d] = new PendingChildren();
                }
            }
        }

        public Child[][] Scratch { get; } = new Child[ShardedLevel.Shards][];

        public List<int>[] Deferred { get; } = new List<int>[ShardedLevel.Shards];

        public PendingChildren[,] Pending { get; } = new PendingChildren[ShardedLevel.Shards, ShardedLevel.Shards];

        public List<(Outcome Outcome, int Index)> Finals { get; } = [];

        /// <summary>Fingerprints of each shard's states, for the endless-loop test.</summary>
        public FingerprintSet[] Distinct { get; } = new FingerprintSet[ShardedLevel.Shards];

        public long[] Transitions { get; } = new long[ShardedLevel.Shards];

        /// <summary>Runs the action for every shard, on up to the round's number of threads.</summary>
        public void Run(Action<int> action)
        {
            if (_workers == 1)
            {
                for (var s = 0; s < ShardedLevel.Shards; s++)
                {
                    action(s);
                }

                return;
            }

            Parallel.For(0, ShardedLevel.Shards, new ParallelOptions { MaxDegreeOfParallelism = _workers }, action);
        }

        /// <summary>Queues a parent's children for the shards they belong to.</summary>
        public void Route(int shard, int parent, Child[] children, int count)
        {
            for (var c = 0; c < count; c++)
            {
                ref readonly var child = ref children[c];
                var hash = child.Vector.Hash();
                Pending[shard, ShardedLevel.ShardOf(hash)].Add(child.Vector, hash, parent, child.Multiplicity, child.Stepped);
            }
        }

        public long TakeTransitions()
        {
            var sum = Transitions.Sum();
            Array.Clear(Transitions);
            return sum;
        }
    }
}
