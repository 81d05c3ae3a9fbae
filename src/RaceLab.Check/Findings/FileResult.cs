namespace RaceLab.Check.Findings;

/// <summary>What checking one file gave: its findings (suppressed ones included) or the error that stopped it.</summary>
public sealed record FileResult(string Path, int Lines, IReadOnlyList<Finding> Findings, FileError? Error);
