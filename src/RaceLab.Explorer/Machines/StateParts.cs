namespace RaceLab.Explorer.Machines;

/// <summary>A state written as parts: what every thread may touch, and each thread's own state.</summary>
public sealed class StateParts
{
    private readonly List<ThreadPart> _threads = [];

    /// <summary>The shared part (globals, output, locks...).</summary>
    public StateKeyWriter Shared { get; } = new();

    /// <summary>The shared part names no thread, so a step's effect on it does not depend on which threads exist.</summary>
    public bool SharedSelfContained { get; set; }

    public int ThreadCount { get; private set; }

    public ThreadPart Thread(int thread) => _threads[thread];

    /// <summary>Clears every part for a state of <paramref name="threads"/> threads.</summary>
    public void Reset(int threads)
    {
        Shared.Reset();
        SharedSelfContained = true;
        while (_threads.Count < threads)
        {
            _threads.Add(new ThreadPart());
        }

        for (var i = 0; i < threads; i++)
        {
            _threads[i].Reset();
        }

        ThreadCount = threads;
    }
}

/// <summary>One thread's part of a state.</summary>
public sealed class ThreadPart
{
    /// <summary>The thread's own state.</summary>
    public StateKeyWriter Key { get; } = new();

    /// <summary>Threads of one class run the same code (the explorer may exchange them).</summary>
    public int SymmetryClass { get; set; }

    /// <summary>
    /// The thread's next step reads and writes nothing but this part and the shared part, whatever the other
    /// threads are, so its result can be reused in every state with the same two parts.
    /// </summary>
    public bool SelfContained { get; set; }

    /// <summary>
    /// The classes of the joiners still waiting for this thread (each class unique to its thread): a thread
    /// is held back while some thread marked with its class runs.
    /// </summary>
    public List<int> JoinedBy { get; } = [];

    internal void Reset()
    {
        Key.Reset();
        SymmetryClass = 0;
        SelfContained = true;
        JoinedBy.Clear();
    }
}
