namespace RaceLab.Python.Syntax;

/// <summary>TARGET OP= VALUE.</summary>
public sealed record AugAssignNode(Expression Target, BinaryOperator Op, Expression Value, SourceSpan Span) : Statement(Span);
