using RaceLab.Check.Findings;

namespace RaceLab.Check.Rules;

/// <summary>The same source window seen in several releases' bytecode: one finding.</summary>
internal readonly record struct WindowKey(WindowKind Kind, string Variable, SourceLocation Load, SourceLocation Store);
