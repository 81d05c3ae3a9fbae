namespace RaceLab.Python.Syntax;

/// <summary>BODY if TEST else ORELSE.</summary>
public sealed record IfExpNode(Expression Test, Expression Body, Expression OrElse, SourceSpan Span) : Expression(Span);
