using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>class NAME(BASES, KEYWORDS): BODY (decorators are rejected by the parser).</summary>
public sealed record ClassDefNode(
    string Name,
    ImmutableArray<Expression> Bases,
    ImmutableArray<KeywordNode> Keywords,
    ImmutableArray<Statement> Body,
    SourceSpan Span) : Statement(Span);
