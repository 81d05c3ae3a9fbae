namespace RaceLab.Python.Syntax;

/// <summary>yield [VALUE]: makes the enclosing function a generator.</summary>
public sealed record YieldNode(Expression? Value, SourceSpan Span) : Expression(Span);
