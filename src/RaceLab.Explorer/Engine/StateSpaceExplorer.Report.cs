using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Engine;

public sealed partial class StateSpaceExplorer<TState>
{
    /// <summary>Joins both passes: turns each witness's canonical positions into real threads by replaying it.</summary>
    internal ExplorationResult Report(CountingResult counting, WitnessSearch witnesses)
    {
        var serialKnown = witnesses.SerialComplete || (counting.Complete && witnesses.Found.Count == counting.Outcomes.Count);
        var outcomes = new List<OutcomeReport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in counting.Outcomes.Concat(WitnessOnlyOutcomes(counting, witnesses)))
        {
            if (!seen.Add(outcome.Signature))
            {
                continue;
            }

            var interleavings = counting.Interleavings.GetValueOrDefault(outcome.Signature);
            Witness? witness = null;
            int? min = null;
            if (witnesses.Found.TryGetValue(outcome.Signature, out var found))
            {
                witness = Materialise(found.Positions, witnesses.Schedules, outcome, found.Preemptions);
                min = found.Preemptions;
            }

            outcomes.Add(new OutcomeReport
            {
                Outcome = outcome,
                Interleavings = interleavings,
                MinPreemptions = min,
                // A thread that dies of an exception, or threads that deadlock, are a bug however they are reached.
                Anomaly = (serialKnown && min != 0) || outcome.Kind is OutcomeKind.Uncaught or OutcomeKind.Deadlock,
                Witness = witness,
            });
        }

        outcomes.Sort((a, b) => NaturalComparer.Instance.Compare(a.Outcome.Signature, b.Outcome.Signature));
        return new ExplorationResult
        {
            Complete = counting.Complete,
            StoppedByMemory = counting.StoppedByMemory,
            States = counting.States,
            Transitions = counting.Transitions,
            WitnessStates = witnesses.States,
            MaxDepth = counting.MaxDepth,
            SerialOutcomesKnown = serialKnown,
            Outcomes = outcomes,
        };
    }

    /// <summary>Outcomes the witness pass reached that a truncated counting pass did not.</summary>
    private IEnumerable<Outcome> WitnessOnlyOutcomes(CountingResult counting, WitnessSearch witnesses)
    {
        foreach (var (signature, found) in witnesses.Found)
        {
            if (!counting.Interleavings.ContainsKey(signature))
            {
                yield return Replay(found.Positions, witnesses.Schedules).Outcome;
            }
        }
    }

    /// <summary>Replays canonical positions on the real machine, recording the instructions.</summary>
    private Witness Materialise(int[] positions, bool realThreads, Outcome expected, int preemptions)
    {
        var result = Replay(positions, realThreads);
        if (!result.Outcome.Equals(expected) || result.Witness.Preemptions != preemptions)
        {
            throw new InvalidOperationException(
                $"Witness replay diverged: expected {expected} with {preemptions} preemptions, got {result.Outcome} with {result.Witness.Preemptions}.");
        }

        return result.Witness;
    }

    private ReplayResult Replay(int[] positions, bool realThreads)
    {
        if (realThreads)
        {
            return new ScheduleReplayer<TState>(_machine, _options).Replay(positions);
        }

        // Canonical positions name threads up to symmetry; the real thread is whichever sits at that
        // position in the real state's canonical order.
        var state = _machine.CreateInitialState();
        var schedule = new List<int>(positions.Length);
        var last = -1;
        foreach (var position in positions)
        {
            var threads = _machine.ThreadCount(state);
            EnsureThreads(threads);
            _parentCanon.Order(state, threads, _order, last);
            var thread = _order[position];
            last = thread;
            schedule.Add(thread);
            RunStep(_machine, state, thread, _options.ReduceLocalSteps, null);
        }

        return new ScheduleReplayer<TState>(_machine, _options).Replay(schedule);
    }
}
