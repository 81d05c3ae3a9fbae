namespace RaceLab.Python.Syntax;

/// <summary>LEFT OP RIGHT.</summary>
public sealed record BinOpNode(Expression Left, BinaryOperator Op, Expression Right, SourceSpan Span) : Expression(Span);
