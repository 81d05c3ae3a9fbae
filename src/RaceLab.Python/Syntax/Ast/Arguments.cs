using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>
/// A def's or lambda's parameters (CPython's <c>arguments</c>, which has no position). Defaults belong to the
/// last of PosOnlyArgs + Args; KwDefaults has one entry per KwOnlyArgs, null where that parameter has no
/// default. VarArg is <c>*args</c>, KwArg <c>**kwargs</c>. Each ArgNode carries its annotation.
/// </summary>
public sealed record Arguments(
    ImmutableArray<ArgNode> PosOnlyArgs,
    ImmutableArray<ArgNode> Args,
    ArgNode? VarArg,
    ImmutableArray<ArgNode> KwOnlyArgs,
    ImmutableArray<Expression?> KwDefaults,
    ArgNode? KwArg,
    ImmutableArray<Expression> Defaults)
{
    /// <summary>co_argcount: positional-only and ordinary parameters.</summary>
    public int PositionalCount => PosOnlyArgs.Length + Args.Length;

    /// <summary>Every parameter name in co_varnames order (symtable_visit_arguments: *args and **kwargs last).</summary>
    public IEnumerable<ArgNode> All()
    {
        foreach (var arg in PosOnlyArgs.Concat(Args).Concat(KwOnlyArgs))
        {
            yield return arg;
        }

        if (VarArg is not null)
        {
            yield return VarArg;
        }

        if (KwArg is not null)
        {
            yield return KwArg;
        }
    }
}
