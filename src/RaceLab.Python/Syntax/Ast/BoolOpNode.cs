using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>A and B and ... / A or B or ... (one node per run of the same operator, as CPython).</summary>
public sealed record BoolOpNode(BoolOperator Op, ImmutableArray<Expression> Values, SourceSpan Span) : Expression(Span);
