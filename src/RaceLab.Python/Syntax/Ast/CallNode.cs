using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>FUNC(ARGS, KEYWORDS): Args may hold StarredNodes (<c>*a</c>), Keywords <c>**k</c> (Arg null).</summary>
public sealed record CallNode(Expression Func, ImmutableArray<Expression> Args, ImmutableArray<KeywordNode> Keywords, SourceSpan Span) : Expression(Span)
{
    /// <summary>compiler_call_helper's test for the CALL_FUNCTION_EX path.</summary>
    public bool HasUnpacking => Args.Any(a => a is StarredNode) || Keywords.Any(k => k.Arg is null);
}
