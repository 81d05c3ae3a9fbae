namespace RaceLab.Python.Syntax;

/// <summary>An expression statement (CPython's <c>Expr</c>).</summary>
public sealed record ExprStatementNode(Expression Value, SourceSpan Span) : Statement(Span);
