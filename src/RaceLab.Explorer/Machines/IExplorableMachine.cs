namespace RaceLab.Explorer.Machines;

/// <summary>
/// A machine the explorer can drive: a mutable state, the threads enabled in it, and a step that runs one
/// thread to its next scheduling point. The explorer owns the schedule; the machine owns the semantics.
/// </summary>
/// <typeparam name="TState">The machine's whole state (for a VM: globals, frames, stacks, locks, GIL owner).</typeparam>
public interface IExplorableMachine<TState>
    where TState : class
{
    /// <summary>The state before any thread has run.</summary>
    TState CreateInitialState();

    /// <summary>An independent deep copy (a snapshot): stepping the copy never changes the original.</summary>
    TState Clone(TState state);

    /// <summary>How many threads the state holds (finished threads included; indices never change).</summary>
    int ThreadCount(TState state);

    /// <summary>Whether the thread can take a step now (started, not finished, not blocked).</summary>
    bool IsEnabled(TState state, int thread);

    /// <summary>Runs the thread up to its next scheduling point, mutating the state.</summary>
    /// <param name="recorder">Receives each instruction for witness tables; null during the search.</param>
    void Step(TState state, int thread, IStepRecorder? recorder);

    /// <summary>
    /// True when the thread's next step certainly touches no shared state, so the explorer may run it at
    /// once instead of offering a switch before it (false when unsure).
    /// </summary>
    bool NextStepIsLocal(TState state, int thread);

    /// <summary>Threads with the same class run the same code; the explorer may reorder them (symmetry).</summary>
    int SymmetryClass(TState state, int thread);

    /// <summary>Orders two threads of one symmetry class by their thread-local state (0 when identical).</summary>
    int CompareThreads(TState state, int left, int right);

    /// <summary>
    /// True when two threads of one class with identical local state are interchangeable in every state
    /// (nothing else in the state tells them apart), so the explorer may step one on behalf of both.
    /// When false the explorer checks interchangeability itself by comparing keys.
    /// </summary>
    bool LocalStateIdentifiesThread { get; }

    /// <summary>
    /// Writes the whole state as a key, threads in the given order (order[position] = thread index) and every
    /// reference to a thread written as its position, so states equal up to thread renaming give equal keys.
    /// </summary>
    void WriteKey(TState state, ReadOnlySpan<int> order, StateKeyWriter writer);

    /// <summary>The final state's observable result (called when no thread is enabled).</summary>
    Outcome GetOutcome(TState state);

    /// <summary>Whether <see cref="Restore"/> rebuilds a state from its key (lets the search keep keys only).</summary>
    bool CanRestore { get; }

    /// <summary>Rebuilds a state from a key written by <see cref="WriteKey"/> (threads numbered by position).</summary>
    TState Restore(ReadOnlySpan<byte> key);

    /// <summary>
    /// Called when the search stores a state to expand later: the machine may drop what it can rebuild, so
    /// a level of millions of waiting states costs little memory.
    /// </summary>
    void Compact(TState state)
    {
    }
}
