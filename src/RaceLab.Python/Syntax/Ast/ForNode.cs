using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>for TARGET in ITER: BODY else: ORELSE.</summary>
public sealed record ForNode(Expression Target, Expression Iter, ImmutableArray<Statement> Body, ImmutableArray<Statement> OrElse, SourceSpan Span) : Statement(Span);
