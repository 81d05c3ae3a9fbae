using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>LEFT OP1 C1 OP2 C2 ... (chained comparisons are one node).</summary>
public sealed record CompareNode(Expression Left, ImmutableArray<CompareOperator> Ops, ImmutableArray<Expression> Comparators, SourceSpan Span) : Expression(Span);
