using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>for TARGET in ITER: BODY (an <c>else</c> clause is rejected by the parser).</summary>
public sealed record ForNode(Expression Target, Expression Iter, ImmutableArray<Statement> Body, SourceSpan Span) : Statement(Span);
