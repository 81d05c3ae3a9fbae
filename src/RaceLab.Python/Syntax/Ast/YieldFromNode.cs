namespace RaceLab.Python.Syntax;

/// <summary>yield from VALUE: delegates to another iterator until it is exhausted.</summary>
public sealed record YieldFromNode(Expression Value, SourceSpan Span) : Expression(Span);
