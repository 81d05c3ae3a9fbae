using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>{KEY: VALUE, **MAPPING, ...}: a null key marks <c>**VALUE</c>.</summary>
public sealed record DictNode(ImmutableArray<Expression?> Keys, ImmutableArray<Expression> Values, SourceSpan Span) : Expression(Span);
