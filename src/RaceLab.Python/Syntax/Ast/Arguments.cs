using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>
/// A def's or lambda's parameters (CPython's <c>arguments</c>, which has no position). Defaults belong to the
/// last Args; KwDefaults has one entry per KwOnlyArgs, null where that parameter has no default.
/// Positional-only parameters, <c>*args</c>, <c>**kwargs</c> and annotations are rejected by the parser.
/// </summary>
public sealed record Arguments(
    ImmutableArray<ArgNode> Args,
    ImmutableArray<Expression> Defaults,
    ImmutableArray<ArgNode> KwOnlyArgs,
    ImmutableArray<Expression?> KwDefaults);
