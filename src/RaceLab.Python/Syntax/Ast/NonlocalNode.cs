using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>nonlocal NAME, ...</summary>
public sealed record NonlocalNode(ImmutableArray<string> Names, SourceSpan Span) : Statement(Span);
