using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine.Composed;

public sealed partial class ComposedExplorer<TState>
{
    /// <summary>
    /// A state's successor: its vector, the part of the thread that stepped before and after the step, and how
    /// many alike threads could have stepped.
    /// </summary>
    private readonly record struct Child(PartVector Vector, ushort Stepped, ushort Became, int Multiplicity);

    /// <summary>Where a state lies, to rebuild it when the machine must run: a level and index, or a witness entry.</summary>
    private readonly record struct Origin(int Level, int Index);

    /// <summary>
    /// Fills <paramref name="children"/> with one child per group of alike enabled threads (equal parts) and
    /// returns how many; 0 when no thread can run. Steps not learned yet run on the machine (see
    /// <see cref="ExpandKnown"/> for the expansion that never does).
    /// </summary>
    private int Expand(in PartVector vector, Origin origin, Child[] children)
    {
        ReadOnlySpan<ushort> lanes = vector;
        var threads = vector.ThreadCount;
        var shared = lanes[0];
        var sharedSelfContained = _catalog.SharedSelfContained(shared);
        TState? state = default;
        var count = 0;
        var waited = _catalog.AnyJoinedBy;
        var waitedKnown = false;
        for (var lane = 1; lane <= threads;)
        {
            var part = lanes[lane];
            var run = 1;
            while (lane + run <= threads && lanes[lane + run] == part)
            {
                run++;
            }

            // A joiner waits while a thread it joined runs (only classes some part marks need the look).
            var classBit = _catalog.ClassBit(part);
            if ((classBit & waited) != 0 && !waitedKnown)
            {
                waited = WaitedFor(vector, threads);
                waitedKnown = true;
            }

            if ((classBit & waited) == 0)
            {
                var memoizable = sharedSelfContained && _catalog.SelfContained(part);
                var step = memoizable ? _memo.Get(part, shared) : StepMemo.Unshared;
                if (step > 0)
                {
                    var (next, nextShared) = StepMemo.Parts(step);
                    children[count++] = new Child(vector.Replace(lane + run - 1, next, nextShared, threads), part, next, run);
                }
                else if (step != StepMemo.Disabled && Learn(vector, part, memoizable, origin, ref state) is { } learned)
                {
                    children[count++] = new Child(learned.Child, part, learned.Became, run);
                }
            }

            lane += run;
        }

        return count;
    }

    /// <summary>
    /// Runs a thread in the part on the machine (the state rebuilt once per parent) and, when the step read and
    /// changed nothing but its own part and a self-contained shared part, remembers it for every state.
    /// </summary>
    private (PartVector Child, ushort Became)? Learn(in PartVector vector, ushort part, bool memoizable, Origin origin, ref TState? state)
    {
        state ??= Rebuild(origin);
        var parentVector = Decompose(state, _ids);
        if (!parentVector.Equals(vector))
        {
            throw new InvalidOperationException("A state rebuilt by replay differs from the state stored.");
        }

        var threads = _machine.ThreadCount(state);
        var thread = Array.IndexOf(_ids, part, 0, threads);
        if (!_machine.IsEnabled(state, thread))
        {
            if (memoizable)
            {
                _memo.Set(part, vector.Shared, StepMemo.Disabled);
            }

            return null;
        }

        var child = _machine.Clone(state);
        StateSpaceExplorer<TState>.RunStep(_machine, child, thread, true, null);
        MachineSteps++;
        var childVector = Decompose(child, _childIds);
        if (memoizable && OnlyItsOwnPartChanged(threads, _machine.ThreadCount(child), thread))
        {
            _memo.Set(part, vector.Shared, StepMemo.Step(_childIds[thread], childVector.Shared));
        }

        return (childVector, _childIds[thread]);
    }

    private bool OnlyItsOwnPartChanged(int threads, int childThreads, int thread)
    {
        if (threads != childThreads)
        {
            return false;
        }

        for (var t = 0; t < threads; t++)
        {
            if (t != thread && _ids[t] != _childIds[t])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The outcome of a final state (every final state is rebuilt once).</summary>
    private Outcome OutcomeOf(in PartVector vector, Origin origin)
    {
        if (!_outcomes.TryGetValue(vector, out var outcome))
        {
            outcome = _machine.GetOutcome(Rebuild(origin));
            _outcomes.Add(vector, outcome);
        }

        return outcome;
    }

    private TState Rebuild(Origin origin) => Materialise(StepsTo(origin));
}
