using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>import NAME[ as ASNAME], ...</summary>
public sealed record ImportNode(ImmutableArray<AliasNode> Names, SourceSpan Span) : Statement(Span);
