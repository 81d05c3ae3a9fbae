namespace RaceLab.Python.Syntax;

/// <summary>VALUE.ATTR.</summary>
public sealed record AttributeNode(Expression Value, string Attr, ExprContext Ctx, SourceSpan Span) : Expression(Span);
