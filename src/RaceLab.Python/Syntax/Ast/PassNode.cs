namespace RaceLab.Python.Syntax;

/// <summary>pass</summary>
public sealed record PassNode(SourceSpan Span) : Statement(Span);
