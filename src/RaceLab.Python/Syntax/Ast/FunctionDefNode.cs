using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>[@DECORATORS] def NAME(ARGS): BODY (async is rejected by the parser).</summary>
public sealed record FunctionDefNode(string Name, Arguments Args, ImmutableArray<Statement> Body, SourceSpan Span) : Statement(Span)
{
    /// <summary>The decorators, outermost first; the statement's span starts at 'def', as CPython's does.</summary>
    public ImmutableArray<Expression> Decorators { get; init; } = [];

    /// <summary>The return annotation (<c>-> int</c>); null when there is none.</summary>
    public Expression? Returns { get; init; }
}
