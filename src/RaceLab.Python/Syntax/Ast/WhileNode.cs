using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>while TEST: BODY else: ORELSE.</summary>
public sealed record WhileNode(Expression Test, ImmutableArray<Statement> Body, ImmutableArray<Statement> OrElse, SourceSpan Span) : Statement(Span);
