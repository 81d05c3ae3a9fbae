namespace RaceLab.Python.Syntax;

/// <summary>lambda ARGS: BODY.</summary>
public sealed record LambdaNode(Arguments Args, Expression Body, SourceSpan Span) : Expression(Span);
