namespace RaceLab.Python.Disassembly;

/// <summary>
/// Whether a window's update can be lost: <see cref="LosesWithGil"/> on the analysed release (default GIL
/// build), <see cref="LosesFreeThreaded"/> on a free-threaded build, and the sentence that explains it.
/// </summary>
public sealed record WindowVerdict(bool LosesWithGil, bool LosesFreeThreaded, string Text);
