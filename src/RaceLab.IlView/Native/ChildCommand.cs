namespace RaceLab.IlView.Native;

/// <summary>A process that runs the strategies' hot loops long enough for the JIT to reach its final tier.</summary>
/// <param name="FileName">The program to start.</param>
/// <param name="Arguments">Its arguments.</param>
public sealed record ChildCommand(string FileName, IReadOnlyList<string> Arguments);
