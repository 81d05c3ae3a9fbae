namespace RaceLab.Python.Syntax;

/// <summary>return [VALUE].</summary>
public sealed record ReturnNode(Expression? Value, SourceSpan Span) : Statement(Span);
