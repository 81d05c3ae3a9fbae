using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Loading;

internal static partial class CodeLoader
{
    // 3.9's instructions that end in FAST_DISPATCH / goto fast_next_opcode: no poll after them.
    private static readonly HashSet<string> FastSet39 =
    [
        "NOP", "LOAD_FAST", "LOAD_CONST", "STORE_FAST", "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP",
        "DUP_TOP_TWO", "END_ASYNC_FOR", "LOAD_ASSERTION_ERROR", "IS_OP", "CONTAINS_OP", "JUMP_FORWARD",
    ];

    private static (Op Op, int Arg, CheckKind Check) Map(CodeObject code, RawInstruction r, int[] unitToIndex, int[] nameSlots, int annotationsSlot)
    {
        var v = code.Version;
        var arg = r.Arg;
        var (op, mapped) = MapOp(code, r, unitToIndex, nameSlots, annotationsSlot);
        var check = CheckOf(v, r.Name, op, arg);
        return (op, mapped, check);
    }

    private static CheckKind CheckOf(PythonVersion v, string name, Op op, int arg)
    {
        if (v <= PythonVersion.Py310)
        {
            var defer = name is "SETUP_FINALLY" or "SETUP_WITH" or "BEFORE_ASYNC_WITH" or "YIELD_FROM" ? CheckKind.DeferBefore : CheckKind.None;
            if (op is Op.CallLegacy or Op.CallLegacyKw or Op.CallMethodLegacy or Op.CallFunctionEx)
            {
                return defer | CheckKind.AfterCall;
            }

            if (v == PythonVersion.Py310)
            {
                return defer | (name switch
                {
                    "JUMP_ABSOLUTE" => CheckKind.After,
                    "POP_JUMP_IF_FALSE" or "POP_JUMP_IF_TRUE" => CheckKind.IfTaken,
                    _ => CheckKind.None,
                });
            }

            if (name is "POP_JUMP_IF_FALSE" or "POP_JUMP_IF_TRUE" or "JUMP_IF_FALSE_OR_POP" or "JUMP_IF_TRUE_OR_POP")
            {
                return defer | CheckKind.IfNotBool;
            }

            // RETURN_VALUE and RAISE_VARARGS leave the loop; the caller's call instruction polls.
            return defer | (FastSet39.Contains(name) || op is Op.ReturnValue or Op.RaiseVarargs or Op.Reraise
                ? CheckKind.None
                : CheckKind.After);
        }

        return name switch
        {
            // 3.13 adds an exception-depth bit (4) to the oparg; 0 and 1 (start, after yield) poll, 2 and 3 do not.
            "RESUME" => (arg & 3) < 2 ? CheckKind.After : CheckKind.None,
            "JUMP_BACKWARD" => CheckKind.After,
            "POP_JUMP_BACKWARD_IF_FALSE" or "POP_JUMP_BACKWARD_IF_TRUE" or "POP_JUMP_BACKWARD_IF_NONE" or "POP_JUMP_BACKWARD_IF_NOT_NONE" => CheckKind.IfTaken,
            "CALL" or "CALL_KW" => CheckKind.AfterNativeCall,
            "CALL_FUNCTION_EX" => CheckKind.After,
            _ => CheckKind.None,
        };
    }

    /// <summary>The code of a class statement's body: not the module, and without fast locals.</summary>
    private static bool IsClassBody(CodeObject code) =>
        code.Name != "<module>" && (code.Flags & CodeFlags.Optimized) == 0;

    private static (Op Op, int Arg) MapOp(CodeObject code, RawInstruction r, int[] unitToIndex, int[] nameSlots, int annotationsSlot)
    {
        var v = code.Version;
        var a = r.Arg;
        int Target(int unit) => unitToIndex[unit];
        int Forward() => Target(r.NextUnit + (v == PythonVersion.Py39 ? a / 2 : a));
        int Absolute() => Target(v == PythonVersion.Py39 ? a / 2 : a);
        int Backward() => Target(r.NextUnit - a);
        int LegacySlot() => code.VarNames.Length + a;
        return r.Name switch
        {
            "NOP" or "PRECALL" => (Op.Nop, 0),
            "RESUME" => (Op.Resume, a),
            "POP_TOP" => (Op.PopTop, 0),
            "PUSH_NULL" => (Op.PushNull, 0),
            "ROT_TWO" => (Op.RotTwo, 0),
            "ROT_THREE" => (Op.RotThree, 0),
            "ROT_FOUR" => (Op.RotFour, 0),
            "DUP_TOP" => (Op.DupTop, 0),
            "DUP_TOP_TWO" => (Op.DupTopTwo, 0),
            "COPY" => (Op.Copy, a),
            "SWAP" => (Op.Swap, a),
            "LOAD_CONST" => (Op.LoadConst, a),
            "RETURN_CONST" => (Op.ReturnConst, a),
            "LOAD_FAST" or "LOAD_FAST_CHECK" => (Op.LoadFast, a),
            "LOAD_FAST_AND_CLEAR" => (Op.LoadFastAndClear, a),
            "LOAD_FAST_LOAD_FAST" => (Op.LoadFastLoadFast, a),
            "STORE_FAST_LOAD_FAST" => (Op.StoreFastLoadFast, a),
            "STORE_FAST_STORE_FAST" => (Op.StoreFastStoreFast, a),
            "STORE_FAST" => (Op.StoreFast, a),
            "DELETE_FAST" => (Op.DeleteFast, a),
            "DELETE_NAME" when IsClassBody(code) => (Op.DeleteName, a),
            "DELETE_NAME" or "DELETE_GLOBAL" => (Op.DeleteGlobal, nameSlots[a]),
            "DELETE_DEREF" => (Op.DeleteDeref, v <= PythonVersion.Py310 ? LegacySlot() : a),
            "JUMP_IF_NOT_EXC_MATCH" => (Op.JumpIfNotExcMatch, Absolute()),
            "DELETE_ATTR" => (Op.DeleteAttr, a),
            "DELETE_SUBSCR" => (Op.DeleteSubscr, 0),
            "LOAD_GLOBAL" when v <= PythonVersion.Py310 => (Op.LoadGlobal, nameSlots[a]),
            "LOAD_GLOBAL" when (a & 1) == 0 => (Op.LoadGlobal, nameSlots[a >> 1]),
            "LOAD_GLOBAL" when v <= PythonVersion.Py312 => (Op.LoadGlobalNullBefore, nameSlots[a >> 1]),
            "LOAD_GLOBAL" => (Op.LoadGlobalNullAfter, nameSlots[a >> 1]),
            "STORE_GLOBAL" => (Op.StoreGlobal, nameSlots[a]),
            // A class body (neither a function's fast locals nor the module) keeps its names in a namespace.
            "LOAD_NAME" when IsClassBody(code) => (Op.LoadClassName, a),
            "STORE_NAME" when IsClassBody(code) => (Op.StoreClassName, a),
            "LOAD_NAME" => (Op.LoadName, nameSlots[a]),
            "STORE_NAME" => (Op.StoreName, nameSlots[a]),
            "LOAD_BUILD_CLASS" => (Op.LoadBuildClass, 0),
            "SETUP_ANNOTATIONS" => (Op.SetupAnnotations, annotationsSlot),
            "LOAD_SUPER_ATTR" => (Op.LoadSuperAttr, a),
            "LOAD_CLASSDEREF" => (Op.LoadClassDeref, v <= PythonVersion.Py310 ? LegacySlot() : a),
            "LOAD_LOCALS" => (Op.LoadLocals, 0),
            "LOAD_FROM_DICT_OR_DEREF" => (Op.LoadFromDictOrDeref, a),
            "LOAD_DEREF" => (Op.LoadDeref, v <= PythonVersion.Py310 ? LegacySlot() : a),
            "STORE_DEREF" => (Op.StoreDeref, v <= PythonVersion.Py310 ? LegacySlot() : a),
            "LOAD_CLOSURE" => (Op.LoadClosure, v <= PythonVersion.Py310 ? LegacySlot() : a),
            "MAKE_CELL" => (Op.MakeCell, a),
            "COPY_FREE_VARS" => (Op.CopyFreeVars, a),
            "LOAD_ATTR" when v <= PythonVersion.Py311 => (Op.LoadAttr, a),
            "LOAD_ATTR" when (a & 1) == 0 => (Op.LoadAttr, a >> 1),
            "LOAD_ATTR" when v == PythonVersion.Py312 => (Op.LoadMethod, a >> 1),
            "LOAD_ATTR" => (Op.LoadMethodSelfAfter, a >> 1),
            "LOAD_METHOD" => (Op.LoadMethod, a),
            "STORE_ATTR" => (Op.StoreAttr, a),
            "BINARY_OP" => (Op.BinaryOp, BinaryOps.FromNbOp(a)),
            _ when BinaryOps.TryFromLegacyName(r.Name, out var kind) => (Op.BinaryOp, kind),
            "UNARY_NEGATIVE" => (Op.UnaryNegative, 0),
            "UNARY_POSITIVE" => (Op.UnaryPositive, 0),
            "UNARY_NOT" => (Op.UnaryNot, 0),
            "UNARY_INVERT" => (Op.UnaryInvert, 0),
            "TO_BOOL" => (Op.ToBool, 0),
            "COMPARE_OP" => (Op.CompareOp, v switch { PythonVersion.Py312 => a >> 4, PythonVersion.Py313 => a >> 5, _ => a }),
            "IS_OP" => (Op.IsOp, a),
            "CONTAINS_OP" => (Op.ContainsOp, a),
            "BINARY_SUBSCR" => (Op.BinarySubscr, 0),
            "STORE_SUBSCR" => (Op.StoreSubscr, 0),
            "POP_JUMP_IF_FALSE" => (Op.PopJumpIfFalse, v <= PythonVersion.Py310 ? Absolute() : Forward()),
            "POP_JUMP_IF_TRUE" => (Op.PopJumpIfTrue, v <= PythonVersion.Py310 ? Absolute() : Forward()),
            "POP_JUMP_IF_NONE" => (Op.PopJumpIfNone, Forward()),
            "POP_JUMP_IF_NOT_NONE" => (Op.PopJumpIfNotNone, Forward()),
            "POP_JUMP_FORWARD_IF_FALSE" => (Op.PopJumpIfFalse, Forward()),
            "POP_JUMP_FORWARD_IF_TRUE" => (Op.PopJumpIfTrue, Forward()),
            "POP_JUMP_FORWARD_IF_NONE" => (Op.PopJumpIfNone, Forward()),
            "POP_JUMP_FORWARD_IF_NOT_NONE" => (Op.PopJumpIfNotNone, Forward()),
            "POP_JUMP_BACKWARD_IF_FALSE" => (Op.PopJumpIfFalse, Backward()),
            "POP_JUMP_BACKWARD_IF_TRUE" => (Op.PopJumpIfTrue, Backward()),
            "POP_JUMP_BACKWARD_IF_NONE" => (Op.PopJumpIfNone, Backward()),
            "POP_JUMP_BACKWARD_IF_NOT_NONE" => (Op.PopJumpIfNotNone, Backward()),
            "JUMP_IF_FALSE_OR_POP" => (Op.JumpIfFalseOrPop, v <= PythonVersion.Py310 ? Absolute() : Forward()),
            "JUMP_IF_TRUE_OR_POP" => (Op.JumpIfTrueOrPop, v <= PythonVersion.Py310 ? Absolute() : Forward()),
            "JUMP_FORWARD" => (Op.Jump, Forward()),
            "JUMP_ABSOLUTE" => (Op.Jump, Absolute()),
            "JUMP_BACKWARD" or "JUMP_BACKWARD_NO_INTERRUPT" => (Op.Jump, Backward()),
            "GET_ITER" => (Op.GetIter, 0),
            // 3.12 skips the END_FOR at the target on exhaustion, 3.13 the END_FOR and POP_TOP.
            "FOR_ITER" => (Op.ForIter, Forward() + v switch { PythonVersion.Py312 => 1, PythonVersion.Py313 => 2, _ => 0 }),
            "END_FOR" => (Op.EndFor, v == PythonVersion.Py312 ? 2 : 1),
            "BUILD_TUPLE" => (Op.BuildTuple, a),
            "BUILD_LIST" => (Op.BuildList, a),
            "BUILD_MAP" => (Op.BuildMap, a),
            "BUILD_CONST_KEY_MAP" => (Op.BuildConstKeyMap, a),
            "BUILD_STRING" => (Op.BuildString, a),
            "LIST_APPEND" => (Op.ListAppend, a),
            "LIST_EXTEND" => (Op.ListExtend, a),
            "LIST_TO_TUPLE" => (Op.ListToTuple, 0),

            // 3.12 turned these two into intrinsics; the others (import *, type parameters...) are not modelled.
            "CALL_INTRINSIC_1" when a == 5 => (Op.UnaryPositive, 0),
            "CALL_INTRINSIC_1" when a == 6 => (Op.ListToTuple, 0),
            "BUILD_SLICE" => (Op.BuildSlice, a),
            "BINARY_SLICE" => (Op.BinarySlice, 0),
            "UNPACK_SEQUENCE" => (Op.UnpackSequence, a),
            "FORMAT_VALUE" => (Op.FormatValue, a),
            "FORMAT_SIMPLE" => (Op.FormatSimple, 0),
            "FORMAT_WITH_SPEC" => (Op.FormatWithSpec, 0),
            "CONVERT_VALUE" => (Op.ConvertValue, a),
            "MAKE_FUNCTION" => (Op.MakeFunction, a),
            "SET_FUNCTION_ATTRIBUTE" => (Op.SetFunctionAttribute, a),
            "CALL_FUNCTION" => (Op.CallLegacy, a),
            "CALL_FUNCTION_KW" => (Op.CallLegacyKw, a),
            "CALL_METHOD" => (Op.CallMethodLegacy, a),
            "CALL" when v <= PythonVersion.Py312 => (Op.Call311, a),
            "CALL" => (Op.Call313, a),
            "CALL_KW" => (Op.CallKw313, a),
            "CALL_FUNCTION_EX" => (Op.CallFunctionEx, a),
            "KW_NAMES" => (Op.KwNames, a),
            "RETURN_VALUE" => (Op.ReturnValue, 0),
            "IMPORT_NAME" => (Op.ImportName, a),
            "IMPORT_FROM" => (Op.ImportFrom, a),
            "LOAD_ASSERTION_ERROR" => (Op.LoadAssertionError, 0),
            "RAISE_VARARGS" => (Op.RaiseVarargs, a),
            "SETUP_WITH" => (Op.SetupWith, Forward()),
            "SETUP_FINALLY" => (Op.SetupFinally, Forward()),
            "BEFORE_WITH" => (Op.BeforeWith, 0),
            "POP_BLOCK" => (Op.PopBlock, 0),
            "POP_EXCEPT" => (Op.PopExcept, 0),
            "PUSH_EXC_INFO" => (Op.PushExcInfo, 0),
            "RERAISE" => (Op.Reraise, a),
            "WITH_EXCEPT_START" => (Op.WithExceptStart, 0),
            "CHECK_EXC_MATCH" => (Op.CheckExcMatch, 0),
            "SEND" => (Op.Send, Forward()),
            _ when LanguageOpMap.TryMap(r.Name, a, out var language) => language,
            _ => throw Unsupported(code, r, v),
        };
    }

    private static VmLoadException Unsupported(CodeObject code, RawInstruction r, PythonVersion v)
    {
        var (line, column) = LineTable.PositionOf(code, r.Unit);
        return new VmLoadException(
            $"{code.FileName}:{line}:{column}: CPython {v.Label()} instruction {r.Name} (in {code.Name}, offset {r.Unit * 2}) is not supported by the simulator");
    }
}
