namespace RaceLab.Python.Syntax;

/// <summary>Whether a name, attribute, subscript, tuple or list is read or assigned (CPython's <c>expr_context</c>).</summary>
public enum ExprContext
{
    Load,
    Store,
    Del,
}
