using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>global NAME, ...</summary>
public sealed record GlobalNode(ImmutableArray<string> Names, SourceSpan Span) : Statement(Span);
