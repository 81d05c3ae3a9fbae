namespace RaceLab.Python.Syntax;

/// <summary>break</summary>
public sealed record BreakNode(SourceSpan Span) : Statement(Span);
