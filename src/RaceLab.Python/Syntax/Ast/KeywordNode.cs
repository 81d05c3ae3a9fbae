namespace RaceLab.Python.Syntax;

/// <summary>NAME=VALUE in a call (CPython's <c>keyword</c>); Arg is null for <c>**VALUE</c>.</summary>
public sealed record KeywordNode(string? Arg, Expression Value, SourceSpan Span) : Node(Span);
