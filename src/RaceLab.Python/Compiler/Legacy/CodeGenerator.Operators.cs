using RaceLab.Python.Syntax;

namespace RaceLab.Python.Compiler.Legacy;

internal sealed partial class CodeGenerator
{
    private static LegacyOp BinaryOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => LegacyOp.BinaryAdd,
        BinaryOperator.Sub => LegacyOp.BinarySubtract,
        BinaryOperator.Mult => LegacyOp.BinaryMultiply,
        BinaryOperator.MatMult => LegacyOp.BinaryMatrixMultiply,
        BinaryOperator.Div => LegacyOp.BinaryTrueDivide,
        BinaryOperator.Mod => LegacyOp.BinaryModulo,
        BinaryOperator.Pow => LegacyOp.BinaryPower,
        BinaryOperator.LShift => LegacyOp.BinaryLshift,
        BinaryOperator.RShift => LegacyOp.BinaryRshift,
        BinaryOperator.BitOr => LegacyOp.BinaryOr,
        BinaryOperator.BitXor => LegacyOp.BinaryXor,
        BinaryOperator.BitAnd => LegacyOp.BinaryAnd,
        BinaryOperator.FloorDiv => LegacyOp.BinaryFloorDivide,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static LegacyOp InplaceOp(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => LegacyOp.InplaceAdd,
        BinaryOperator.Sub => LegacyOp.InplaceSubtract,
        BinaryOperator.Mult => LegacyOp.InplaceMultiply,
        BinaryOperator.MatMult => LegacyOp.InplaceMatrixMultiply,
        BinaryOperator.Div => LegacyOp.InplaceTrueDivide,
        BinaryOperator.Mod => LegacyOp.InplaceModulo,
        BinaryOperator.Pow => LegacyOp.InplacePower,
        BinaryOperator.LShift => LegacyOp.InplaceLshift,
        BinaryOperator.RShift => LegacyOp.InplaceRshift,
        BinaryOperator.BitOr => LegacyOp.InplaceOr,
        BinaryOperator.BitXor => LegacyOp.InplaceXor,
        BinaryOperator.BitAnd => LegacyOp.InplaceAnd,
        BinaryOperator.FloorDiv => LegacyOp.InplaceFloorDivide,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    private static LegacyOp UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.Invert => LegacyOp.UnaryInvert,
        UnaryOperator.Not => LegacyOp.UnaryNot,
        UnaryOperator.UAdd => LegacyOp.UnaryPositive,
        UnaryOperator.USub => LegacyOp.UnaryNegative,
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>ADDOP_COMPARE: IS_OP / CONTAINS_OP with an inversion bit, else COMPARE_OP.</summary>
    private void EmitCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Is:
                _unit.Emit(LegacyOp.IsOp, 0);
                break;
            case CompareOperator.IsNot:
                _unit.Emit(LegacyOp.IsOp, 1);
                break;
            case CompareOperator.In:
                _unit.Emit(LegacyOp.ContainsOp, 0);
                break;
            case CompareOperator.NotIn:
                _unit.Emit(LegacyOp.ContainsOp, 1);
                break;
            default:
                _unit.Emit(LegacyOp.CompareOp, op switch
                {
                    CompareOperator.Lt => 0,
                    CompareOperator.LtE => 1,
                    CompareOperator.Eq => 2,
                    CompareOperator.NotEq => 3,
                    CompareOperator.Gt => 4,
                    _ => 5,
                });
                break;
        }
    }
}
