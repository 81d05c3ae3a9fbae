using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The explorer's loop bound (--bound K): every loop runs at most K iterations per activation.</summary>
internal sealed partial class Machine
{
    /// <summary>0: no bound. Applied where a loop gets its iterator (GET_ITER), so the hot loop is untouched.</summary>
    public int LoopBound;

    /// <summary>Per code object and instruction: warm-up executions (3.11+ specialization is shared state).</summary>
    public int[][] WarmCounters => _warm;

    /// <summary>Executions after which a call site is specialized.</summary>
    public int WarmThreshold => _warmThreshold;

    private void BoundLoop(PyValue iterator)
    {
        switch (iterator.Ref)
        {
            case PyRangeIterator range:
                range.Remaining = Math.Min(range.Remaining, LoopBound);
                break;
            case PySequenceIterator sequence:
                sequence.Limit = Math.Min(sequence.Limit, sequence.Position + LoopBound);
                break;
        }
    }
}
