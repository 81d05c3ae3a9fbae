using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>FUNC(ARGS, KEYWORDS) (<c>*args</c> and <c>**kwargs</c> are rejected by the parser).</summary>
public sealed record CallNode(Expression Func, ImmutableArray<Expression> Args, ImmutableArray<KeywordNode> Keywords, SourceSpan Span) : Expression(Span);
