namespace RaceLab.Python.Syntax;

/// <summary>CPython's <c>cmpop</c>, in its declaration order.</summary>
public enum CompareOperator
{
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
