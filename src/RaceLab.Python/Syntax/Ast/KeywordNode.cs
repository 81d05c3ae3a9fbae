namespace RaceLab.Python.Syntax;

/// <summary>NAME=VALUE in a call (CPython's <c>keyword</c>; <c>**kwargs</c> is rejected, so Arg is never null).</summary>
public sealed record KeywordNode(string Arg, Expression Value, SourceSpan Span) : Node(Span);
