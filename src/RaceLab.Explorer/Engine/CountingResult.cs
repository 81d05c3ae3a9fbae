using System.Numerics;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine;

/// <summary>What the counting pass found: each outcome with its exact number of interleavings.</summary>
internal sealed class CountingResult
{
    public List<Outcome> Outcomes { get; } = [];

    public Dictionary<string, BigInteger> Interleavings { get; } = new(StringComparer.Ordinal);

    public bool Complete { get; set; } = true;

    public long States { get; set; }

    public long Transitions { get; set; }

    public int MaxDepth { get; set; }

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
