namespace RaceLab.Check.Findings;

/// <summary>A second place a finding points at, with what happens there ("the store to `count`").</summary>
public sealed record RelatedLocation(SourceLocation Location, string Label);
