using System.Collections.Immutable;

namespace RaceLab.Python.Syntax;

/// <summary>One <c>for TARGET in ITER if IF ...</c> clause of a comprehension (no position, as in CPython).</summary>
public sealed record Comprehension(Expression Target, Expression Iter, ImmutableArray<Expression> Ifs);
