namespace RaceLab.Explorer.Engine;

/// <summary>
/// The program can run forever, so its interleavings cannot be counted: a thread loops on its own without
/// touching shared state (<c>while True: pass</c>), or a schedule comes back to a state it was in (a thread
/// spinning on a flag another thread never gets to set). The search stops instead of spinning.
/// </summary>
public sealed class EndlessLoopException : Exception
{
    private EndlessLoopException(string message)
        : base(message)
    {
    }

    public static EndlessLoopException LocalSpin(int thread, int steps) =>
        new($"thread {thread} took {steps:N0} steps in a row without touching shared state: an endless loop? (--bound K caps every loop)");

    public static EndlessLoopException Cycle(int depth, long distinctStates) =>
        new($"some schedule runs {depth:N0} steps through only {distinctStates:N0} distinct states, so it comes back to a state it was in: the program can run forever (a thread spinning on a condition another thread may never set?); --bound K caps every loop");

    public static EndlessLoopException TooDeep(int depth, long tracked) =>
        new($"some schedule runs {depth:N0} steps, more than the {tracked:N0} distinct states the search tracks to tell a long run from an endless one; --bound K caps every loop");
}
