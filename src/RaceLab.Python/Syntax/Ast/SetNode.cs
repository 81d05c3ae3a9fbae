using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>{ELT, ...}: a set display (never empty; elements may be starred).</summary>
public sealed record SetNode(ImmutableArray<Expression> Elts, SourceSpan Span) : Expression(Span);
