namespace RaceLab.Python.Syntax;

/// <summary>A statement (CPython's <c>stmt</c>).</summary>
public abstract record Statement(SourceSpan Span) : Node(Span);
