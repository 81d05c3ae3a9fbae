using System.Globalization;
using RaceLab.Explorer.Machines;

namespace RaceLab.Explorer.Models;

/// <summary>
/// The memory-granularity model of the note's program: N threads each run K times
/// <c>count = count + 1</c> as three steps, LOAD (read the shared count into a register), ADD (register + 1,
/// thread-local) and STORE (write the register back). Scheduling points sit before every step; the ADD
/// touches no shared state, so the explorer fuses it with the LOAD before it.
/// </summary>
public sealed class CounterMachine : IComposableMachine<CounterState>
{
    private const int Load = 0;
    private const int Add = 1;
    private const int Store = 2;
    private const int SourceLine = 3;

    public CounterMachine(int threads, int increments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(increments, 0);
        Threads = threads;
        Increments = increments;
    }

    public int Threads { get; }

    public int Increments { get; }

    public bool LocalStateIdentifiesThread => true;

    public bool CanRestore => true;

    public CounterState CreateInitialState() => new(new int[1 + (3 * Threads)]);

    public CounterState Clone(CounterState state) => new((int[])state.Cells.Clone());

    public int ThreadCount(CounterState state) => Threads;

    public bool IsEnabled(CounterState state, int thread) => state.Cells[1 + (3 * thread)] < Increments;

    public bool NextStepIsLocal(CounterState state, int thread) => state.Cells[2 + (3 * thread)] == Add;

    public int SymmetryClass(CounterState state, int thread) => 0;

    public int CompareThreads(CounterState state, int left, int right)
    {
        var cells = state.Cells;
        int a = 1 + (3 * left), b = 1 + (3 * right);
        for (var i = 0; i < 3; i++)
        {
            var byField = cells[a + i].CompareTo(cells[b + i]);
            if (byField != 0)
            {
                return byField;
            }
        }

        return 0;
    }

    public void Step(CounterState state, int thread, IStepRecorder? recorder)
    {
        var cells = state.Cells;
        var at = 1 + (3 * thread);
        switch (cells[at + 1])
        {
            case Load:
                cells[at + 2] = cells[0];
                cells[at + 1] = Add;
                recorder?.Record("LOAD count", SourceLine, "read count = " + cells[0].ToString(CultureInfo.InvariantCulture));
                return;
            case Add:
                cells[at + 2]++;
                cells[at + 1] = Store;
                recorder?.Record("ADD 1", SourceLine, null);
                return;
            default:
                cells[0] = cells[at + 2];
                cells[at + 2] = 0;
                cells[at + 1] = Load;
                cells[at]++;
                recorder?.Record("STORE count", SourceLine, "wrote count = " + cells[0].ToString(CultureInfo.InvariantCulture));
                return;
        }
    }

    public void WriteKey(CounterState state, ReadOnlySpan<int> order, StateKeyWriter writer)
    {
        var cells = state.Cells;
        writer.Write(cells[0]);
        foreach (var thread in order)
        {
            WriteThread(cells, thread, writer);
        }
    }

    /// <summary>The shared count, and each thread's increments done, phase and register.</summary>
    public bool TryDecompose(CounterState state, StateParts parts)
    {
        var cells = state.Cells;
        parts.Shared.Write(cells[0]);
        for (var thread = 0; thread < Threads; thread++)
        {
            WriteThread(cells, thread, parts.Thread(thread).Key);
        }

        return true;
    }

    /// <summary>A thread's increments done, phase and register.</summary>
    private static void WriteThread(int[] cells, int thread, StateKeyWriter writer)
    {
        var at = 1 + (3 * thread);
        writer.Write(cells[at]);
        writer.Write(cells[at + 1]);
        writer.Write(cells[at + 2]);
    }

    public CounterState Restore(ReadOnlySpan<byte> key)
    {
        var reader = new StateKeyReader(key);
        var cells = new int[1 + (3 * Threads)];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = reader.ReadInt32();
        }

        return new CounterState(cells);
    }

    public Outcome GetOutcome(CounterState state)
    {
        var count = state.Count;
        var expected = Threads * Increments;
        var text = count.ToString(CultureInfo.InvariantCulture);
        return new Outcome([new("count", text)], [], count != expected, count != expected ? text : null);
    }
}
