using System.Numerics;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Syntax;

/// <summary>Python's semantics for the constant values the optimizer folds (Objects/longobject.c, floatobject.c, ...).</summary>
internal static partial class ConstantFolding
{
    /// <summary>Python's truth value (PyObject_IsTrue) of a constant.</summary>
    public static bool IsTrue(Constant value) => value switch
    {
        NoneConstant => false,
        BoolConstant b => b.Value,
        IntConstant i => !i.Value.IsZero,
        FloatConstant f => f.Value != 0,
        StringConstant s => s.Value.Length > 0,
        TupleConstant t => t.Items.Length > 0,
        _ => true,
    };

    /// <summary>An int or bool as a Python int (bool is an int subclass), or null.</summary>
    private static BigInteger? AsInt(Constant value) => value switch
    {
        IntConstant i => i.Value,
        BoolConstant b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };
}
