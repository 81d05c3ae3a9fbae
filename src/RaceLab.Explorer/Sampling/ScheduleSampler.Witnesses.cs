using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Sampling;

public sealed partial class ScheduleSampler
{
    /// <summary>Counts the outcomes in schedule order and gives the first anomalies a shrunk witness.</summary>
    private List<SampledOutcome> Summarise(List<ScheduleRun> runs, Outcome? serial, long length, bool visibleSteps, RunLimits limits)
    {
        var groups = new Dictionary<string, (Outcome Outcome, int Count, int First, int Fewest)>(StringComparer.Ordinal);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            groups[run.Outcome.Signature] = groups.TryGetValue(run.Outcome.Signature, out var g)
                ? g with { Count = g.Count + 1, Fewest = Math.Min(g.Fewest, run.Preemptions) }
                : (run.Outcome, 1, i, run.Preemptions);
        }

        var outcomes = new List<SampledOutcome>();
        foreach (var g in groups.Values.OrderBy(g => g.First))
        {
            outcomes.Add(new SampledOutcome
            {
                Outcome = g.Outcome,
                Count = g.Count,
                Probability = WilsonInterval.Of(g.Count, runs.Count),
                FirstSchedule = g.First,
                FirstSeed = ScheduleSeeds.Of(_options.Seed, g.First),
                FewestPreemptionsSampled = g.Fewest,
                Serial = g.Fewest == 0 || g.Outcome.Equals(serial),
                Fails = Fails(g.Outcome),
            });
        }

        // The anomalies reached most often get witnesses (then the first reached): a failure many schedules reach
        // is the one a user meets, and usually the one with the fewest preemptions, where the first schedule to
        // fail can be one of a kind (a program whose final dict differs from run to run has dozens of outcomes).
        // Each is shrunk on its own share of the budget, independent of the others, so they are found on every
        // core at once with the same result.
        var chosen = outcomes.Select((o, i) => (o, i)).Where(p => p.o.Anomaly)
            .OrderByDescending(p => p.o.Count).ThenBy(p => p.o.FirstSchedule)
            .Take(_options.MaxWitnesses).Select(p => p.i).ToArray();
        var first = chosen.Length == 0 ? -1 : chosen[0];
        var budget = Math.Max(_options.ShrinkBudget, _options.ShrinkRuns * length);
        Parallel.ForEach(chosen, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Workers) }, i =>
            outcomes[i] = i == first
                ? WithWitness(outcomes[i], length, visibleSteps, limits, budget, _options.ShrinkReplays)
                : WithWitness(outcomes[i], length, visibleSteps, limits, budget / 3, _options.ShrinkReplays / 3));
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i].Anomaly && outcomes[i].Witness is null && outcomes[i].WitnessNote is null)
            {
                outcomes[i] = outcomes[i] with { WitnessNote = WitnessCapNote(_options.MaxWitnesses) };
            }
        }

        outcomes.Sort((a, b) => NaturalComparer.Instance.Compare(a.Outcome.Signature, b.Outcome.Signature));
        return outcomes;
    }

    private static string WitnessCapNote(int witnesses) => witnesses == 0
        ? "no witnesses were asked for (--witnesses 0)"
        : $"only the {witnesses} most often reached anomalous outcome{(witnesses == 1 ? "" : "s")} get a witness (--witnesses N for more)";

    /// <summary>Runs the outcome's first schedule again (its seed gives the same schedule), recording it, then shrinks it.</summary>
    private SampledOutcome WithWitness(SampledOutcome outcome, long length, bool visibleSteps, RunLimits limits, long budget, int maxReplays)
    {
        var run = new ScheduleRunner(_machine).Run(StrategyFor(outcome.FirstSchedule, length, visibleSteps), true, limits.FairAfter, limits.MaxInstructions, CancellationToken.None)!;
        if (run.Segments is null)
        {
            return outcome with { WitnessNote = $"its schedule switches more than {ScheduleRunner.MaxRecordedSegments:N0} times, too many to keep (--strategy pct switches seldom)" };
        }

        if (!run.Outcome.Equals(outcome.Outcome))
        {
            throw new InvalidOperationException($"Schedule {outcome.FirstSchedule} reached {run.Outcome} when run again, not {outcome.Outcome}.");
        }

        var replayer = new SegmentReplayer(_machine);
        var shrinker = new ScheduleShrinker(replayer, budget, maxReplays);
        var shrunk = shrinker.Shrink(run.Segments, run.PreemptedAfter!, outcome.Outcome);
        var replay = replayer.Replay(shrunk);
        if (replay.Witness.Preemptions > 0 && _stepByStep is { } steps)
        {
            shrunk = shrinker.Research(shrunk, replay.Witness.Preemptions, outcome.Outcome, new ScheduleRunner(_machine), outcome.FirstSeed, steps, limits.MaxInstructions);
            replay = replayer.Replay(shrunk);
        }

        if (!replay.Outcome.Equals(outcome.Outcome))
        {
            throw new InvalidOperationException($"The shrunk schedule reached {replay.Outcome}, not {outcome.Outcome}.");
        }

        return outcome with
        {
            Witness = new SampledWitness(shrunk, replay.Witness, run.Preemptions, shrinker.Replays, shrinker.Complete),
        };
    }
}
