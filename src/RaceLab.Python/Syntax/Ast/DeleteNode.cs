using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>del TARGET, ... — names, attributes, subscripts (slices too) and tuples or lists of them, in Del context.</summary>
public sealed record DeleteNode(ImmutableArray<Expression> Targets, SourceSpan Span) : Statement(Span);
