using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>while TEST: BODY (an <c>else</c> clause is rejected by the parser).</summary>
public sealed record WhileNode(Expression Test, ImmutableArray<Statement> Body, SourceSpan Span) : Statement(Span);
