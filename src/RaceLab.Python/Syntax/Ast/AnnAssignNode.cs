namespace RaceLab.Python.Syntax;

/// <summary>
/// TARGET: ANNOTATION [= VALUE] (CPython's <c>AnnAssign</c>). Simple is true for a bare name target (not
/// parenthesised): only then does a module or class record the annotation in <c>__annotations__</c>.
/// </summary>
public sealed record AnnAssignNode(Expression Target, Expression Annotation, Expression? Value, bool Simple, SourceSpan Span) : Statement(Span);
