namespace RaceLab.Python.Syntax;

/// <summary>CPython's <c>operator</c>, in its declaration order.</summary>
public enum BinaryOperator
{
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}
