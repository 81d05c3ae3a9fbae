using RaceLab.Experiment.Strategies;

namespace RaceLab.IlView.Metadata;

/// <summary>Where a strategy's hot loop lives: <c>RaceLab.Experiment.Strategies.{Kind}Strategy.Increment32</c>.</summary>
/// <param name="Kind">The strategy.</param>
/// <param name="TypeName">The static class, e.g. <c>UnsafeStrategy</c>.</param>
/// <param name="MethodName">The loop method, <c>Increment32</c> (what <c>racelab run</c> uses while the total fits an int).</param>
public sealed record StrategyMethod(StrategyKind Kind, string TypeName, string MethodName)
{
    /// <summary>The namespace every strategy class lives in.</summary>
    public const string Namespace = "RaceLab.Experiment.Strategies";

    /// <summary>The 32-bit loop of <paramref name="kind"/>.</summary>
    public static StrategyMethod For(StrategyKind kind) => new(kind, $"{kind}Strategy", "Increment32");

    /// <summary>The name the JIT prints in its listings: <c>Namespace.Type:Method</c>.</summary>
    public string JitName => $"{Namespace}.{TypeName}:{MethodName}";

    /// <summary>The name ildasm prints: <c>Namespace.Type::Method</c>.</summary>
    public string IlName => $"{Namespace}.{TypeName}::{MethodName}";
}
