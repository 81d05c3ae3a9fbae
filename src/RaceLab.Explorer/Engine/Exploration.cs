using RaceLab.Explorer.Engine.Composed;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Engine;

/// <summary>The entry point: picks the explorer for a machine.</summary>
public static class Exploration
{
    /// <summary>
    /// Explores with part vectors when every state splits into parts, else with whole states (the result is
    /// the same; only the cost differs).
    /// </summary>
    public static ExplorationResult Explore<TState>(IExplorableMachine<TState> machine, ExplorationOptions? options = null, Action<ExplorationProgress>? progress = null)
        where TState : class
    {
        options ??= new ExplorationOptions();
        if (machine is IComposableMachine<TState> composable && options.Compose && options.Symmetry && options.ReduceLocalSteps)
        {
            try
            {
                return new ComposedExplorer<TState>(composable, options).Explore(progress);
            }
            catch (NotComposableException)
            {
                // Some state does not split: the whole-state search handles every program.
            }
        }

        return new StateSpaceExplorer<TState>(machine, options).Explore(progress);
    }
}
