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
    /// children are added shard by shard on several threads (while the round after is expanded), each
    /// shard's in parent order: the same states in the same order however many threads run. Every step goes
    /// one level deeper; a schedule longer than the number of distinct states must revisit one, which proves
    /// a cycle.
    /// </summary>
    private CountingResult CountInterleavings<TKey>(Action<ExplorationProgress>? progress)
        where TKey : unmanaged, IPartKey<TKey>
    {
        // Two levels, the one expanded and the one filled, swapped at each depth (their memory is reused).
        var levels = (new ShardedLevel<TKey>(), new ShardedLevel<TKey>());
        try
        {
            return CountLevels(levels.Item1, levels.Item2, progress);
        }
        finally
        {
            levels.Item1.Dispose();
            levels.Item2.Dispose();
        }
    }

    private CountingResult CountLevels<TKey>(ShardedLevel<TKey> current, ShardedLevel<TKey> next, Action<ExplorationProgress>? progress)
        where TKey : unmanaged, IPartKey<TKey>
    {
        var result = new CountingResult();
        var initial = Pack<TKey>(Decompose(_machine.CreateInitialState(), _ids));
        var rootHash = initial.Hash();
        current.Clear(1);
        var root = current.Shard[LevelShards.ShardOf(rootHash)];
        root.AddRoot(initial, rootHash);
        current.Seal();
        result.States = 1;
        var workers = new ShardWorkers(_options.Workers);
        var rounds = (new Round<TKey>(), new Round<TKey>());
        var distinct = new FingerprintSet[LevelShards.Shards];
        for (var shard = 0; shard < LevelShards.Shards; shard++)
        {
            distinct[shard] = new FingerprintSet(TrackedStates / LevelShards.Shards);
        }

        var reporter = new ProgressReporter(progress, _options.ProgressInterval, "states");
        var previousCount = 0L;

        for (var depth = 0; current.Count > 0; depth++)
        {
            _trails.Add(current.Trail());

            next.Clear(ExpectedNext(current.Count, previousCount));
            previousCount = current.Count;
            var longest = current.Shard.Max(static shard => shard.Count);
            Round<TKey>? adding = null;
            for (var first = 0; ;)
            {
                // One phase on every worker: the next round's parents are expanded while the last round's
                // children are added (compute beside memory-bound work, half the hand-overs).
                Round<TKey>? expanding = null;
                if (first < longest)
                {
                    expanding = adding == rounds.Item1 ? rounds.Item2 : rounds.Item1;
                    expanding.Start(first, Math.Min(longest - first, RoundSize(result, next.Count + (adding?.Queued ?? 0))));
                    first += expanding.Size;
                }

                workers.Run(2 * LevelShards.Shards, item =>
                {
                    var shard = item / 2;
                    if (item % 2 == 0 && adding is not null)
                    {
                        AddToShard(current, next, shard, adding, distinct[shard]);
                    }
                    else if (item % 2 == 1 && expanding is not null)
                    {
                        ExpandShard(current, shard, expanding);
                    }
                });

                if (adding is not null)
                {
                    // The round added is complete: its transitions and final states count now.
                    CheckReplaysPayOff(result.Transitions + adding.Transitions.Sum());
                    foreach (var (outcome, index) in adding.Finals)
                    {
                        result.AddTerminal(outcome, current.PathCount(index));
                    }

                    result.Transitions += adding.TakeTransitions();
                    if (result.StopsAt(_options.MaxStates, next.Count, _memory))
                    {
                        return result;
                    }

                    reporter.At(result.States + next.Count, depth + 1, result.Outcomes.Count);
                }

                if (expanding is null)
                {
                    break;
                }

                ExpandDeferred(current, depth, expanding);
                adding = expanding;
            }

            workers.Run(LevelShards.Shards, shard => next.Shard[shard].Seal());
            result.EndLevel(next.Count, depth, distinct.Sum(static set => set.Count), distinct.Any(static set => set.Saturated));

            (current, next) = (next, current);
        }

        progress?.Invoke(new ExplorationProgress("states", result.States, result.MaxDepth, result.Outcomes.Count));
        return result;
    }

    /// <summary>
    /// The size to make the next level's tables for: levels grow and shrink smoothly, so the next is about as
    /// much bigger or smaller than this one as this one was than the last (and a tenth more; a level that
    /// outgrows its table doubles it). Sizing by the level itself matters: a table is cleared and scanned
    /// whole. Integer arithmetic, so every machine sizes (and so numbers) alike.
    /// </summary>
    private static long ExpectedNext(long count, long previous)
    {
        if (previous == 0)
        {
            return count * 2;
        }

        var scaled = (Int128)count * count * 11 / ((Int128)previous * 10);
        return (long)Int128.Clamp(scaled, count / 2, count * 4) + 16;
    }

    /// <summary>
    /// Parents a shard expands in the next round: <see cref="RoundParents"/>, fewer near --max-states, so that a
    /// round (up to four shards × 15 children a parent) adds at most about what is left and the search stops
    /// close to the limit rather than a whole round past it. <paramref name="pending"/> counts the states
    /// added and the children queued but not added yet.
    /// </summary>
    private int RoundSize(CountingResult result, long pending)
    {
        if (_options.MaxStates is not { } max)
        {
            return RoundParents;
        }

        var left = max - result.States - pending;
        return (int)Math.Clamp(left / (LevelShards.Shards * PartVector.MaxThreads), 1, RoundParents);
    }

    /// <summary>Expands a shard's parents of this round from known steps; those that need the machine wait.</summary>
    private void ExpandShard<TKey>(ShardedLevel<TKey> current, int shard, Round<TKey> round)
        where TKey : unmanaged, IPartKey<TKey>
    {
        var level = current.Shard[shard];
        var queues = round.PendingFrom(shard);
        round.Deferred[shard].Clear();
        for (var i = round.First; i < Math.Min(level.Count, round.First + round.Size); i++)
        {
            if (!ExpandKnown(level.Key(i), i, queues))
            {
                round.Deferred[shard].Add(i);
            }
        }
    }

    /// <summary>
    /// <see cref="Expand"/> without the machine, on the key itself: queues the children of a parent whose every
    /// step is learned, one per group of alike enabled threads. False, with nothing queued, when a step is
    /// not known yet or no thread can run (a final state: its outcome comes from the machine). Only steps of
    /// self-contained parts are ever learned, so an unknown step covers the parts that are not. The round
    /// made room in the queues for every child (<see cref="Round{TKey}.Start"/>).
    /// </summary>
    private bool ExpandKnown<TKey>(in TKey key, int parent, PendingChildren<TKey>[] queues)
        where TKey : unmanaged, IPartKey<TKey>
    {
        var threads = key.Threads;
        var shared = key.SharedPart;
        var steps = _memo.Row(shared);
        var joiners = _catalog.AnyJoinedBy;
        var waited = 0UL;
        var waitedKnown = joiners == 0;
        var (q0, q1, q2, q3) = (queues[0].Count, queues[1].Count, queues[2].Count, queues[3].Count);
        var children = 0;
        for (var lane = 1; lane <= threads;)
        {
            var part = key.Lane(lane);
            var run = 1;
            while (lane + run <= threads && key.Lane(lane + run) == part)
            {
                run++;
            }

            lane += run;

            // A joiner waits while a thread it joined runs (only classes some part marks need the look).
            var classBit = joiners == 0 ? 0 : _catalog.ClassBit(part);
            if (!waitedKnown && (classBit & joiners) != 0)
            {
                waited = WaitedFor(key, threads);
                waitedKnown = true;
            }

            if ((classBit & waited) != 0)
            {
                continue;
            }

            var step = part < steps.Length ? steps[part] : StepMemo.Unknown;
            if (step > 0)
            {
                var (next, nextShared) = StepMemo.Parts(step);
                var child = TKey.WithStep(key, lane - 1, next, nextShared, threads);
                var hash = child.Hash();
                queues[LevelShards.ShardOf(hash)].AddInRoom(child, hash, parent, run, part);
                children++;
            }
            else if (step != StepMemo.Disabled)
            {
                children = 0;
                break;
            }
        }

        if (children == 0)
        {
            queues[0].Truncate(q0);
            queues[1].Truncate(q1);
            queues[2].Truncate(q2);
            queues[3].Truncate(q3);
            return false;
        }

        return true;
    }

    /// <summary>The classes of the joiners some thread of the state still makes wait, as bits.</summary>
    private ulong WaitedFor<TKey>(in TKey key, int threads)
        where TKey : unmanaged, IPartKey<TKey>
    {
        var classes = 0UL;
        for (var lane = 1; lane <= threads; lane++)
        {
            classes |= _catalog.JoinedBy(key.Lane(lane));
        }

        return classes;
    }

    /// <summary>The parents that need the machine (a step not learned yet, a final state), in shard and parent order.</summary>
    private void ExpandDeferred<TKey>(ShardedLevel<TKey> current, int depth, Round<TKey> round)
        where TKey : unmanaged, IPartKey<TKey>
    {
        round.Finals.Clear();
        var scratch = _scratch;
        for (var shard = 0; shard < LevelShards.Shards; shard++)
        {
            foreach (var i in round.Deferred[shard])
            {
                var index = LevelShards.Index(shard, i);
                var vector = current.Shard[shard].Key(i).Unpack();
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
    private static void AddToShard<TKey>(ShardedLevel<TKey> current, ShardedLevel<TKey> next, int shard, Round<TKey> round, FingerprintSet distinct)
        where TKey : unmanaged, IPartKey<TKey>
    {
        var level = next.Shard[shard];
        var transitions = 0L;
        for (var from = 0; from < LevelShards.Shards; from++)
        {
            var pending = round.Pending[from][shard];
            var parents = current.Shard[from];
            for (var k = 0; k < pending.Count; k++)
            {
                // Start loading the line a child a few ahead probes first: the misses overlap instead of queueing.
                if (k + PrefetchDistance < pending.Count)
                {
                    level.Prefetch(pending[k + PrefetchDistance].Hash);
                }

                ref readonly var child = ref pending[k];
                if (level.Add(child.Vector, child.Hash, parents, child.Parent, LevelShards.Index(from, child.Parent), child.Multiplicity, child.Stepped))
                {
                    distinct.Add(child.Hash);
                }

                transitions++;
            }

            pending.Clear();
        }

        round.Transitions[shard] = transitions;
    }

    private const int PrefetchDistance = 24;

    /// <summary>
    /// Distinct states counted for the endless-loop test: a million proves a cycle in any schedule shorter than
    /// that, and tracking more would only cost time (a search's levels are tens deep, not millions).
    /// </summary>
    private const int TrackedStates = 1 << 20;

    /// <summary>A vector as the level's key; a vector too wide for it ends this try (see <see cref="Explore"/>).</summary>
    private static TKey Pack<TKey>(in PartVector vector)
        where TKey : unmanaged, IPartKey<TKey> =>
        TKey.TryPack(vector, out var key) ? key : throw new KeyTooNarrowException();

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
                var (shard, local) = LevelShards.Split(index);
                var (parents, stepped) = _trails[level][shard];
                steps.Add(stepped[local]);
                index = parents[local];
            }
        }

        steps.Reverse();
        return steps;
    }

    /// <summary>
    /// One round: a range of parents in every shard, the parents of it left for the machine, and its children
    /// queued by source and destination shard until they are added.
    /// </summary>
    private sealed class Round<TKey>
        where TKey : unmanaged, IPartKey<TKey>
    {
        public Round()
        {
            for (var s = 0; s < LevelShards.Shards; s++)
            {
                Deferred[s] = [];
                Pending[s] = new PendingChildren<TKey>[LevelShards.Shards];
                for (var d = 0; d < LevelShards.Shards; d++)
                {
                    Pending[s][d] = new PendingChildren<TKey>();
                }
            }
        }

        /// <summary>The first parent of the round in each shard.</summary>
        public int First { get; private set; }

        /// <summary>The parents of the round in each shard (fewer in a shard that ends first).</summary>
        public int Size { get; private set; }

        public List<int>[] Deferred { get; } = new List<int>[LevelShards.Shards];

        /// <summary>Children by source shard, then by destination shard.</summary>
        public PendingChildren<TKey>[][] Pending { get; } = new PendingChildren<TKey>[LevelShards.Shards][];

        public List<(Outcome Outcome, int Index)> Finals { get; } = [];

        /// <summary>Transitions added to each destination shard.</summary>
        public long[] Transitions { get; } = new long[LevelShards.Shards];

        /// <summary>Children queued (until they are added).</summary>
        public long Queued => Pending.Sum(static row => row.Sum(static queue => (long)queue.Count));

        /// <summary>
        /// Starts a round of <paramref name="size"/> parents a shard from <paramref name="first"/>, with room
        /// queued for every child they can have (a queue is reused round after round, so this grows it once).
        /// </summary>
        public void Start(int first, int size)
        {
            (First, Size) = (first, size);
            foreach (var row in Pending)
            {
                foreach (var queue in row)
                {
                    queue.MakeRoom(size * PartVector.MaxThreads);
                }
            }
        }

        /// <summary>The queues a source shard's children go to, by destination shard.</summary>
        public PendingChildren<TKey>[] PendingFrom(int shard) => Pending[shard];

        /// <summary>Queues a parent's children for the shards they belong to.</summary>
        public void Route(int shard, int parent, Child[] children, int count)
        {
            for (var c = 0; c < count; c++)
            {
                ref readonly var child = ref children[c];
                var key = Pack<TKey>(child.Vector);
                var hash = key.Hash();
                Pending[shard][LevelShards.ShardOf(hash)].Add(key, hash, parent, child.Multiplicity, child.Stepped);
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
