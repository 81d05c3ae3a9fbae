namespace RaceLab.Explorer.Models;

/// <summary>
/// The state of <see cref="CounterMachine"/> in one array: [count, then per thread: iteration, pc, register].
/// </summary>
public sealed class CounterState
{
    internal CounterState(int[] cells) => Cells = cells;

    internal int[] Cells { get; }

    /// <summary>The shared counter.</summary>
    public int Count => Cells[0];
}
