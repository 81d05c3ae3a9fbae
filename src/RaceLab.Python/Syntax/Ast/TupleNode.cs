using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>ELT, ... (with or without parentheses; the span includes them when present, as CPython).</summary>
public sealed record TupleNode(ImmutableArray<Expression> Elts, ExprContext Ctx, SourceSpan Span) : Expression(Span);
