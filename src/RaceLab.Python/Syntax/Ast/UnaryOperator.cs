namespace RaceLab.Python.Syntax;

/// <summary>CPython's <c>unaryop</c>.</summary>
public enum UnaryOperator
{
    Invert,
    Not,
    UAdd,
    USub,
}
