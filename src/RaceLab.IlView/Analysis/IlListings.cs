using RaceLab.Experiment.Strategies;
using RaceLab.IlView.Metadata;

namespace RaceLab.IlView.Analysis;

/// <summary>The IL listings of the strategies' hot loops, decoded from RaceLab.Experiment's assembly file.</summary>
public static class IlListings
{
    /// <summary>The listing of <paramref name="kind"/>'s <c>Increment32</c>.</summary>
    public static IlListing For(StrategyKind kind)
    {
        using var assembly = ExperimentAssembly.Open();
        return IlListingBuilder.Build(assembly, StrategyMethod.For(kind));
    }

    /// <summary>The listings of several strategies, in order.</summary>
    public static IReadOnlyList<IlListing> For(IEnumerable<StrategyKind> kinds)
    {
        using var assembly = ExperimentAssembly.Open();
        return [.. kinds.Select(kind => IlListingBuilder.Build(assembly, StrategyMethod.For(kind)))];
    }
}
