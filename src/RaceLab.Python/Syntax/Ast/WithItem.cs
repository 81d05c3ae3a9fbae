namespace RaceLab.Python.Syntax;

/// <summary>CONTEXT [as VARS] of a with statement (CPython's <c>withitem</c>, which has no position).</summary>
public sealed record WithItem(Expression ContextExpr, Expression? OptionalVars);
