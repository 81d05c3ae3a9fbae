namespace RaceLab.Python.Syntax;

/// <summary>OP OPERAND.</summary>
public sealed record UnaryOpNode(UnaryOperator Op, Expression Operand, SourceSpan Span) : Expression(Span);
