using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>[@DECORATORS] class NAME(BASES, KEYWORDS): BODY.</summary>
public sealed record ClassDefNode(
    string Name,
    ImmutableArray<Expression> Bases,
    ImmutableArray<KeywordNode> Keywords,
    ImmutableArray<Statement> Body,
    SourceSpan Span) : Statement(Span)
{
    /// <summary>The decorators, outermost first; the statement's span starts at 'class', as CPython's does.</summary>
    public ImmutableArray<Expression> Decorators { get; init; } = [];
}
