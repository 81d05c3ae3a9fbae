namespace RaceLab.Explorer.Engine;

/// <summary>One executed instruction of a witness schedule.</summary>
/// <param name="Step">The scheduling step (1-based) the instruction belongs to.</param>
/// <param name="Thread">The thread that ran it.</param>
/// <param name="Instruction">Readable instruction.</param>
/// <param name="Line">Source line, 0 when unknown.</param>
/// <param name="Access">The shared value read or written, or null.</param>
public sealed record WitnessEvent(int Step, int Thread, string Instruction, int Line, string? Access);
