using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>{KEY: VALUE, ...} (<c>**</c> unpacking is rejected by the parser, so no key is null).</summary>
public sealed record DictNode(ImmutableArray<Expression> Keys, ImmutableArray<Expression> Values, SourceSpan Span) : Expression(Span);
