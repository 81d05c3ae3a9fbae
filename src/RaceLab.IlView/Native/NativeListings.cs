using System.Runtime.InteropServices;
using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Analysis;
using RaceLab.IlView.Metadata;

namespace RaceLab.IlView.Native;

/// <summary>The machine code of the strategies' hot loops, from a child process that runs them under the JIT's disassembler.</summary>
public static class NativeListings
{
    /// <summary>Runs <paramref name="command"/> once and returns each strategy's listing from the last tier the JIT compiled.</summary>
    /// <param name="strategies">Each strategy with the verdict its IL gave (the IL tells whose memory a plain increment touches).</param>
    /// <param name="command">A process that runs these strategies' loops many times (e.g. <c>racelab run --strategy ...</c>).</param>
    /// <param name="timeout">How long the child may take.</param>
    public static IReadOnlyList<NativeListing> Collect(IReadOnlyList<(StrategyKind Kind, Verdict Verdict)> strategies, ChildCommand command, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        var methods = strategies.Select(s => StrategyMethod.For(s.Kind)).ToList();
        var text = JitDisasmRunner.Capture(command, string.Join(' ', methods.Select(m => m.JitName)), timeout);
        return FromListings(strategies, JitListingParser.Parse(text), RuntimeInformation.ProcessArchitecture.ToString());
    }

    /// <summary>Picks and annotates each strategy's last listing from already parsed JIT output.</summary>
    public static IReadOnlyList<NativeListing> FromListings(
        IReadOnlyList<(StrategyKind Kind, Verdict Verdict)> strategies, IReadOnlyList<JitListing> listings, string architecture)
    {
        ArgumentNullException.ThrowIfNull(strategies);
        ArgumentNullException.ThrowIfNull(listings);
        var result = new List<NativeListing>();
        foreach (var (kind, verdict) in strategies)
        {
            var method = StrategyMethod.For(kind);
            // Compilations are printed in order; the last one is the code the loop ended up running.
            var last = listings.LastOrDefault(l => l.Method.StartsWith(method.JitName + "(", StringComparison.Ordinal))
                ?? throw new IlViewException(
                    $"the JIT listing is unavailable: the runtime printed no code for {method.JitName} (DOTNET_JitDisasm needs .NET 7 or later)");
            result.Add(NativeAnnotator.Annotate(last, architecture, verdict));
        }

        return result;
    }
}
