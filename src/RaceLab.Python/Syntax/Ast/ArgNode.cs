namespace RaceLab.Python.Syntax;

/// <summary>One parameter name of a def or lambda (CPython's <c>arg</c>; annotations are rejected).</summary>
public sealed record ArgNode(string Name, SourceSpan Span) : Node(Span);
