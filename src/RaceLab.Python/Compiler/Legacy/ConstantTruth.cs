using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>PyObject_IsTrue for constants, as the optimizers use it to fold constant conditions.</summary>
internal static class ConstantTruth
{
    public static bool IsTrue(Constant constant) => constant switch
    {
        NoneConstant => false,
        BoolConstant b => b.Value,
        IntConstant i => !i.Value.IsZero,
        FloatConstant f => f.Value != 0.0,
        StringConstant s => s.Value.Length > 0,
        TupleConstant t => t.Items.Length > 0,
        _ => true,
    };
}
