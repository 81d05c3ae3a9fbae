using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>from MODULE import NAME[ as ASNAME], ... (absolute imports only: CPython's level is always 0).</summary>
public sealed record ImportFromNode(string Module, ImmutableArray<AliasNode> Names, SourceSpan Span) : Statement(Span);
