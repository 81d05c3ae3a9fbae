namespace RaceLab.Python.Syntax;

/// <summary>An expression (CPython's <c>expr</c>).</summary>
public abstract record Expression(SourceSpan Span) : Node(Span);
