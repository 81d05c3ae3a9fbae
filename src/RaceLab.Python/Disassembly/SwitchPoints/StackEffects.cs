namespace RaceLab.Python.Disassembly;

/// <summary>
/// How many values the instructions of RaceLab's Python subset pop and push, per release, so a call's
/// callable can be traced back to the instruction that loaded it. Unknown instructions return null.
/// </summary>
internal static class StackEffects
{
    public static (int Pop, int Push)? Of(PythonVersion version, Instruction instruction)
    {
        var arg = instruction.Arg ?? 0;
        return instruction.OpName switch
        {
            "NOP" or "EXTENDED_ARG" or "RESUME" or "PRECALL" or "KW_NAMES" or "UNARY_NEGATIVE" or "UNARY_NOT"
                or "UNARY_INVERT" or "UNARY_POSITIVE" or "TO_BOOL" or "CONVERT_VALUE" or "FORMAT_SIMPLE"
                or "GET_ITER" or "LIST_TO_TUPLE" or "CALL_INTRINSIC_1" or "POP_BLOCK" => (0, 0),
            "LOAD_CONST" or "LOAD_FAST" or "LOAD_NAME" or "LOAD_DEREF" or "LOAD_CLOSURE" or "LOAD_FAST_CHECK"
                or "LOAD_FAST_AND_CLEAR" or "LOAD_ASSERTION_ERROR" or "PUSH_NULL" or "LOAD_CLASSDEREF" => (0, 1),
            "LOAD_GLOBAL" => (0, version >= PythonVersion.Py311 ? 1 + (arg & 1) : 1),
            "LOAD_FAST_LOAD_FAST" => (0, 2),
            "LOAD_ATTR" => (1, version >= PythonVersion.Py312 ? 1 + (arg & 1) : 1),
            "LOAD_METHOD" => (1, 2),
            "STORE_FAST" or "STORE_NAME" or "STORE_GLOBAL" or "STORE_DEREF" or "POP_TOP" or "LIST_APPEND"
                or "LIST_EXTEND" => (1, 0),
            "STORE_FAST_LOAD_FAST" => (1, 1),
            "STORE_ATTR" or "STORE_FAST_STORE_FAST" => (2, 0),
            "STORE_SUBSCR" => (3, 0),
            "DUP_TOP" => (1, 2),
            "COPY" => (arg, arg + 1),
            "BINARY_OP" or "COMPARE_OP" or "IS_OP" or "CONTAINS_OP" or "BINARY_SUBSCR" or "FORMAT_WITH_SPEC"
                or "CALL_INTRINSIC_2" => (2, 1),
            "BUILD_TUPLE" or "BUILD_LIST" or "BUILD_SET" or "BUILD_STRING" => (arg, 1),
            "BUILD_MAP" => (2 * arg, 1),
            "BUILD_CONST_KEY_MAP" => (arg + 1, 1),
            "FORMAT_VALUE" => ((arg & 4) != 0 ? 2 : 1, 1),
            "CALL_FUNCTION" => (arg + 1, 1),
            "CALL_FUNCTION_KW" or "CALL_METHOD" => (arg + 2, 1),
            "CALL" => (arg + 2, 1),
            "CALL_KW" => (arg + 3, 1),
            "CALL_FUNCTION_EX" => ((version >= PythonVersion.Py311 ? 3 : 2) + (arg & 1), 1),
            "SETUP_WITH" or "BEFORE_WITH" => (1, 2),
            var name when name.StartsWith("BINARY_", StringComparison.Ordinal)
                || name.StartsWith("INPLACE_", StringComparison.Ordinal) => (2, 1),
            _ => null,
        };
    }

    public static bool IsCall(string opName) =>
        opName is "CALL_FUNCTION" or "CALL_FUNCTION_KW" or "CALL_METHOD" or "CALL" or "CALL_KW" or "CALL_FUNCTION_EX";

    /// <summary>How deep below the top of the stack the callable sits when the call instruction runs.</summary>
    public static int CallableDepth(PythonVersion version, Instruction call)
    {
        var arg = call.Arg ?? 0;
        return call.OpName switch
        {
            "CALL_FUNCTION" => arg,
            "CALL_FUNCTION_KW" => arg + 1,
            "CALL_METHOD" => arg + 1,
            "CALL_FUNCTION_EX" => 1 + (arg & 1),
            // 3.11/3.12 push NULL below the callable; 3.13 pushes it above (`range + NULL`).
            "CALL" => version >= PythonVersion.Py313 ? arg + 1 : arg,
            "CALL_KW" => arg + 2,
            _ => throw new ArgumentException($"{call.OpName} is not a call", nameof(call)),
        };
    }
}
