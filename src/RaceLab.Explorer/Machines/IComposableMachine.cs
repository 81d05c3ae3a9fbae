namespace RaceLab.Explorer.Machines;

/// <summary>
/// A machine whose states split into a shared part and one part per thread, so the explorer can keep a state
/// as a short vector of interned parts and run each distinct (thread part, shared part) step once
/// (<see cref="Engine.Composed.ComposedExplorer{TState}"/>).
/// </summary>
public interface IComposableMachine<TState> : IExplorableMachine<TState>
    where TState : class
{
    /// <summary>
    /// Writes the state's parts (threads by index). Returns false when the state does not split: some part
    /// refers into another (an object two threads share, a reference to a thread that is not unique in its
    /// class); the explorer then searches the whole state instead.
    /// </summary>
    bool TryDecompose(TState state, StateParts parts);
}
