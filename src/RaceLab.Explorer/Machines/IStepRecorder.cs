namespace RaceLab.Explorer.Machines;

/// <summary>Receives what a step executed, instruction by instruction, for a witness table.</summary>
public interface IStepRecorder
{
    /// <summary>One executed instruction.</summary>
    /// <param name="instruction">Readable instruction, e.g. <c>LOAD_GLOBAL count</c>.</param>
    /// <param name="line">Source line, or 0 when unknown.</param>
    /// <param name="access">What it read or wrote of shared state, e.g. <c>read count = 3</c>; null when nothing.</param>
    void Record(string instruction, int line, string? access);

    /// <summary>The instructions that follow belong to <paramref name="thread"/> (an invisible step taken on the way).</summary>
    void Continue(int thread)
    {
    }
}
