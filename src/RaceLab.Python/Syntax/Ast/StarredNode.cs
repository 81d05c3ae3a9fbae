namespace RaceLab.Python.Syntax;

/// <summary>*VALUE: in a call's arguments, a display, or an assignment target.</summary>
public sealed record StarredNode(Expression Value, ExprContext Ctx, SourceSpan Span) : Expression(Span);
