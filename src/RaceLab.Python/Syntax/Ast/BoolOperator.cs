namespace RaceLab.Python.Syntax;

/// <summary>CPython's <c>boolop</c>.</summary>
public enum BoolOperator
{
    And,
    Or,
}
