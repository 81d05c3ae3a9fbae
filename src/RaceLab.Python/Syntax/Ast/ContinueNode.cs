namespace RaceLab.Python.Syntax;

/// <summary>continue</summary>
public sealed record ContinueNode(SourceSpan Span) : Statement(Span);
