using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>An f-string (with any implicitly concatenated plain strings): constant parts and formatted values.</summary>
public sealed record JoinedStrNode(ImmutableArray<Expression> Values, SourceSpan Span) : Expression(Span);
