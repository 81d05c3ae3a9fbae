using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>def NAME(ARGS): BODY (decorators, annotations and async are rejected by the parser).</summary>
public sealed record FunctionDefNode(string Name, Arguments Args, ImmutableArray<Statement> Body, SourceSpan Span) : Statement(Span);
