namespace RaceLab.Python.Syntax;

/// <summary>One parameter name of a def or lambda (CPython's <c>arg</c>), with its annotation in a def.</summary>
public sealed record ArgNode(string Name, SourceSpan Span) : Node(Span)
{
    /// <summary>The parameter's annotation (<c>n: int</c>); null when it has none (always, in a lambda).</summary>
    public Expression? Annotation { get; init; }
}
