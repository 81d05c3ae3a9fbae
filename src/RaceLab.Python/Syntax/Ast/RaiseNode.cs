namespace RaceLab.Python.Syntax;

/// <summary>raise [EXC [from CAUSE]].</summary>
public sealed record RaiseNode(Expression? Exc, Expression? Cause, SourceSpan Span) : Statement(Span);
