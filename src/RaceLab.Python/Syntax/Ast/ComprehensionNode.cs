using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>
/// A comprehension or generator expression (CPython's ListComp, SetComp, DictComp and GeneratorExp):
/// <c>[ELT for ...]</c>, <c>{ELT for ...}</c>, <c>{ELT: VALUE for ...}</c> (Value only there), <c>(ELT for ...)</c>.
/// </summary>
public sealed record ComprehensionNode(ComprehensionKind Kind, Expression Elt, Expression? Value, ImmutableArray<Comprehension> Generators, SourceSpan Span)
    : Expression(Span)
{
    /// <summary>The symbol table's block name ("listcomp", "setcomp", "dictcomp", "genexpr").</summary>
    public string BlockName => Kind switch
    {
        ComprehensionKind.List => "listcomp",
        ComprehensionKind.Set => "setcomp",
        ComprehensionKind.Dict => "dictcomp",
        _ => "genexpr",
    };

    /// <summary>The AST class name (ListComp, SetComp, DictComp, GeneratorExp).</summary>
    public string AstName => Kind switch
    {
        ComprehensionKind.List => "ListComp",
        ComprehensionKind.Set => "SetComp",
        ComprehensionKind.Dict => "DictComp",
        _ => "GeneratorExp",
    };
}
