namespace RaceLab.Python.Syntax;

/// <summary>An identifier.</summary>
public sealed record NameNode(string Id, ExprContext Ctx, SourceSpan Span) : Expression(Span);
