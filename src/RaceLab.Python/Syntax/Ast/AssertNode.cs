namespace RaceLab.Python.Syntax;

/// <summary>assert TEST[, MSG].</summary>
public sealed record AssertNode(Expression Test, Expression? Msg, SourceSpan Span) : Statement(Span);
