using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>[ELTS].</summary>
public sealed record ListNode(ImmutableArray<Expression> Elts, ExprContext Ctx, SourceSpan Span) : Expression(Span);
