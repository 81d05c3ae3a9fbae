namespace RaceLab.Python.Compiler.Legacy;

/// <summary>compile.c's <c>stack_effect</c> for the instructions the legacy compiler emits.</summary>
internal static class StackEffects
{
    private const int FormatSpecBit = 0x04;

    public static int Of(LegacyOp op, int arg, bool jump) => op switch
    {
        LegacyOp.Nop or LegacyOp.RotTwo or LegacyOp.RotThree or LegacyOp.RotFour or LegacyOp.ExtendedArg => 0,
        LegacyOp.JumpIfNotExcMatch => -2,
        LegacyOp.PopTop => -1,
        LegacyOp.DupTop => 1,
        LegacyOp.DupTopTwo => 2,
        LegacyOp.UnaryPositive or LegacyOp.UnaryNegative or LegacyOp.UnaryNot or LegacyOp.UnaryInvert => 0,
        >= LegacyOp.BinaryPower and <= LegacyOp.InplaceMatrixMultiply => -1,
        LegacyOp.StoreSubscr => -3,
        LegacyOp.DeleteSubscr => -2,
        LegacyOp.GetIter => 0,
        LegacyOp.ReturnValue => -1,
        LegacyOp.PopBlock => 0,
        LegacyOp.PopExcept => -3,
        LegacyOp.Reraise => -3,
        LegacyOp.WithExceptStart => 1,
        LegacyOp.LoadAssertionError or LegacyOp.LoadBuildClass or LegacyOp.LoadClassderef => 1,
        LegacyOp.ListToTuple => 0,
        LegacyOp.StoreName => -1,
        LegacyOp.DeleteName => 0,
        LegacyOp.UnpackSequence => arg - 1,
        LegacyOp.UnpackEx => (arg & 0xFF) + (arg >> 8),
        LegacyOp.YieldValue => 0,
        LegacyOp.YieldFrom => -1,
        LegacyOp.GetYieldFromIter => 0,
        LegacyOp.ForIter => jump ? -1 : 1,
        LegacyOp.StoreAttr => -2,
        LegacyOp.DeleteAttr => -1,
        LegacyOp.StoreGlobal => -1,
        LegacyOp.DeleteGlobal => 0,
        LegacyOp.LoadConst or LegacyOp.LoadName or LegacyOp.LoadGlobal or LegacyOp.LoadFast => 1,
        LegacyOp.BuildTuple or LegacyOp.BuildList or LegacyOp.BuildSet or LegacyOp.BuildString => 1 - arg,
        LegacyOp.BuildMap => 1 - (2 * arg),
        LegacyOp.BuildConstKeyMap => -arg,
        LegacyOp.LoadAttr => 0,
        LegacyOp.CompareOp or LegacyOp.IsOp or LegacyOp.ContainsOp => -1,
        LegacyOp.ImportName => -1,
        LegacyOp.ImportFrom => 1,
        LegacyOp.JumpForward or LegacyOp.JumpAbsolute => 0,
        LegacyOp.JumpIfFalseOrPop or LegacyOp.JumpIfTrueOrPop => jump ? 0 : -1,
        LegacyOp.PopJumpIfFalse or LegacyOp.PopJumpIfTrue => -1,
        LegacyOp.SetupFinally => jump ? 6 : 0,
        LegacyOp.SetupWith => jump ? 6 : 1,
        LegacyOp.StoreFast => -1,
        LegacyOp.DeleteFast => 0,
        LegacyOp.RaiseVarargs => -arg,
        LegacyOp.CallFunction => -arg,
        LegacyOp.CallMethod => -arg - 1,
        LegacyOp.CallFunctionKw => -arg - 1,
        LegacyOp.CallFunctionEx => -1 - (arg & 1),
        LegacyOp.MakeFunction => -1 - Bits(arg),
        LegacyOp.BuildSlice => arg == 3 ? -2 : -1,
        LegacyOp.LoadClosure or LegacyOp.LoadDeref => 1,
        LegacyOp.StoreDeref => -1,
        LegacyOp.DeleteDeref => 0,
        LegacyOp.ListAppend or LegacyOp.SetAdd => -1,
        LegacyOp.MapAdd => -2,
        LegacyOp.FormatValue => (arg & FormatSpecBit) == FormatSpecBit ? -1 : 0,
        LegacyOp.LoadMethod => 1,
        LegacyOp.ListExtend or LegacyOp.SetUpdate or LegacyOp.DictMerge or LegacyOp.DictUpdate => -1,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "no stack effect known"),
    };

    private static int Bits(int flags) =>
        (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}
