using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>with ITEM, ...: BODY.</summary>
public sealed record WithNode(ImmutableArray<WithItem> Items, ImmutableArray<Statement> Body, SourceSpan Span) : Statement(Span);
