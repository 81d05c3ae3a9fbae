namespace RaceLab.Python.Syntax;

/// <summary>VALUE[SLICE] (3.9+ shape: the slice is an expression, a <see cref="SliceNode"/> or a tuple).</summary>
public sealed record SubscriptNode(Expression Value, Expression Slice, ExprContext Ctx, SourceSpan Span) : Expression(Span);
