namespace RaceLab.Python.Syntax;

/// <summary>LOWER:UPPER:STEP inside a subscript.</summary>
public sealed record SliceNode(Expression? Lower, Expression? Upper, Expression? Step, SourceSpan Span) : Expression(Span);
