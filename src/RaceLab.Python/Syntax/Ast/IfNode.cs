using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>if TEST: BODY [else: ORELSE]; <c>elif</c> is a single nested <see cref="IfNode"/> in OrElse, as in CPython.</summary>
public sealed record IfNode(Expression Test, ImmutableArray<Statement> Body, ImmutableArray<Statement> OrElse, SourceSpan Span) : Statement(Span);
