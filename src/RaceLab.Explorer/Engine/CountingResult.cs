using System.Numerics;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine;

/// <summary>What the counting pass found: each outcome with its exact number of interleavings.</summary>
internal sealed class CountingResult
{
    public List<Outcome> Outcomes { get; } = [];

    public Dictionary<string, BigInteger> Interleavings { get; } = new(StringComparer.Ordinal);

    public bool Complete { get; set; } = true;

    /// <summary>The search stopped at the memory budget (not at --max-states).</summary>
    public bool StoppedByMemory { get; set; }

    public long States { get; set; }

    public long Transitions { get; set; }

    public int MaxDepth { get; set; }

    /// <summary>
    /// True, with the result made partial and the next level's states so far counted, once they take the
    /// search past <paramref name="maxStates"/>.
    /// </summary>
    public bool StopsAt(long? maxStates, long pending, MemoryBudget memory)
    {
        var outOfMemory = memory.Exceeded(States + pending);
        if (!outOfMemory && (maxStates is not { } max || States + pending <= max))
        {
            return false;
        }

        Complete = false;
        StoppedByMemory = outOfMemory;
        States += pending;
        return true;
    }

    /// <summary>
    /// Counts a finished level of <paramref name="count"/> states one step below <paramref name="depth"/>. A
    /// schedule longer than the number of distinct states must revisit one (pigeonhole): past that the program
    /// can run forever (or, past the states the search tracks, is taken to).
    /// </summary>
    public void EndLevel(long count, int depth, long distinct, bool saturated, bool checkCycle = true)
    {
        States += count;
        if (count == 0)
        {
            return;
        }

        MaxDepth = depth + 1;
        if (checkCycle && depth + 1 > distinct)
        {
            throw saturated ? EndlessLoopException.TooDeep(depth + 1, distinct) : EndlessLoopException.Cycle(depth + 1, distinct);
        }
    }

    public void AddTerminal(Outcome outcome, BigInteger count)
    {
        if (Interleavings.TryGetValue(outcome.Signature, out var sum))
        {
            Interleavings[outcome.Signature] = sum + count;
        }
        else
        {
            Outcomes.Add(outcome);
            Interleavings[outcome.Signature] = count;
        }
    }
}
