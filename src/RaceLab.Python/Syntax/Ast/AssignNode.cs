using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>TARGET = ... = VALUE (Targets in source order, as CPython's <c>Assign.targets</c>).</summary>
public sealed record AssignNode(ImmutableArray<Expression> Targets, Expression Value, SourceSpan Span) : Statement(Span);
