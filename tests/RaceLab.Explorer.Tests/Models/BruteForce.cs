using System.Numerics;
using RaceLab.Explorer.Models;

namespace RaceLab.Explorer.Tests.Models;

/// <summary>
/// An independent oracle: walks every schedule one by one (no visited table, no symmetry), counting
/// schedules and the fewest preemptions per final count.
/// </summary>
internal static class BruteForce
{
    public static Dictionary<int, (BigInteger Count, int MinPreemptions)> Enumerate(CounterMachine machine, bool fuseLocalSteps)
    {
        var results = new Dictionary<int, (BigInteger Count, int MinPreemptions)>();
        Walk(machine, machine.CreateInitialState(), -1, 0, fuseLocalSteps, results);
        return results;
    }

    private static void Walk(CounterMachine machine, CounterState state, int last, int preemptions, bool fuse, Dictionary<int, (BigInteger Count, int MinPreemptions)> results)
    {
        var enabled = Enumerable.Range(0, machine.Threads).Where(t => machine.IsEnabled(state, t)).ToList();
        if (enabled.Count == 0)
        {
            var found = results.GetValueOrDefault(state.Count, (BigInteger.Zero, int.MaxValue));
            results[state.Count] = (found.Item1 + 1, Math.Min(found.Item2, preemptions));
            return;
        }

        foreach (var thread in enabled)
        {
            var child = machine.Clone(state);
            machine.Step(child, thread, null);
            while (fuse && machine.IsEnabled(child, thread) && machine.NextStepIsLocal(child, thread))
            {
                machine.Step(child, thread, null);
            }

            var preempted = last >= 0 && last != thread && enabled.Contains(last);
            Walk(machine, child, thread, preemptions + (preempted ? 1 : 0), fuse, results);
        }
    }
}
