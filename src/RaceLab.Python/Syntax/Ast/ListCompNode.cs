using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>[ELT for ... in ... if ...].</summary>
public sealed record ListCompNode(Expression Elt, ImmutableArray<Comprehension> Generators, SourceSpan Span) : Expression(Span);
