using System.Numerics;

namespace RaceLab.Python.Compiler.Modern;

/// <summary>Each instruction's effect on the value stack, per release (CPython's <c>stack_effect</c>).</summary>
internal static class StackEffect
{
    public static int Of(Op op, int arg, bool jump, PythonVersion version) => op switch
    {
        Op.NOP or Op.CACHE or Op.RESUME or Op.EXTENDED_ARG or Op.MAKE_CELL or Op.COPY_FREE_VARS => 0,
        Op.UNARY_NEGATIVE or Op.UNARY_NOT or Op.UNARY_INVERT or Op.UNARY_POSITIVE or Op.TO_BOOL => 0,
        Op.GET_ITER or Op.SWAP or Op.KW_NAMES or Op.FORMAT_SIMPLE or Op.CONVERT_VALUE or Op.CALL_INTRINSIC_1 => 0,
        Op.JUMP or Op.JUMP_NO_INTERRUPT or Op.JUMP_FORWARD or Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT => 0,
        Op.POP_BLOCK or Op.RETURN_CONST or Op.STORE_FAST_LOAD_FAST => 0,
        Op.POP_TOP or Op.RETURN_VALUE or Op.STORE_NAME or Op.STORE_GLOBAL or Op.STORE_FAST or Op.STORE_DEREF => -1,
        Op.STORE_FAST_MAYBE_NULL or Op.BINARY_SUBSCR or Op.LIST_APPEND or Op.LIST_EXTEND or Op.COMPARE_OP => -1,
        Op.IS_OP or Op.CONTAINS_OP or Op.BINARY_OP or Op.IMPORT_NAME or Op.POP_EXCEPT or Op.RERAISE => -1,
        Op.FORMAT_WITH_SPEC or Op.SET_FUNCTION_ATTRIBUTE => -1,
        Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE => -1,
        >= Op.POP_JUMP_FORWARD_IF_FALSE and <= Op.POP_JUMP_BACKWARD_IF_NOT_NONE => -1,
        Op.JUMP_IF_FALSE_OR_POP or Op.JUMP_IF_TRUE_OR_POP => jump ? 0 : -1,
        Op.PUSH_NULL or Op.LOAD_CONST or Op.LOAD_NAME or Op.LOAD_FAST or Op.LOAD_FAST_CHECK => 1,
        Op.LOAD_FAST_AND_CLEAR or Op.LOAD_DEREF or Op.LOAD_CLOSURE or Op.LOAD_METHOD or Op.COPY => 1,
        Op.LOAD_BUILD_CLASS or Op.LOAD_CLASSDEREF or Op.LOAD_LOCALS => 1,
        Op.LOAD_FROM_DICT_OR_DEREF or Op.CHECK_EXC_MATCH => 0,
        Op.DELETE_FAST or Op.DELETE_NAME or Op.DELETE_GLOBAL or Op.DELETE_DEREF => 0,
        Op.DELETE_ATTR => -1,
        Op.DELETE_SUBSCR => -2,
        Op.LOAD_SUPER_ATTR => -2 + (arg & 1),
        Op.IMPORT_FROM or Op.BEFORE_WITH or Op.WITH_EXCEPT_START or Op.PUSH_EXC_INFO or Op.LOAD_ASSERTION_ERROR => 1,
        Op.LOAD_FAST_LOAD_FAST => 2,
        Op.LIST_TO_TUPLE => 0,
        Op.UNPACK_SEQUENCE => arg - 1,
        Op.STORE_FAST_STORE_FAST => -2,
        Op.END_FOR => version >= PythonVersion.Py313 ? -1 : -2,
        Op.BINARY_SLICE => -2,
        Op.STORE_SUBSCR => -3,
        Op.STORE_SLICE => -4,
        Op.STORE_ATTR => -2,
        Op.FOR_ITER => jump && version == PythonVersion.Py311 ? -1 : 1,
        Op.LOAD_GLOBAL => 1 + (arg & 1),
        Op.LOAD_ATTR => version >= PythonVersion.Py312 ? arg & 1 : 0,
        Op.BUILD_TUPLE or Op.BUILD_LIST or Op.BUILD_STRING => 1 - arg,
        Op.BUILD_MAP => 1 - (2 * arg),
        Op.BUILD_CONST_KEY_MAP => -arg,
        Op.BUILD_SLICE => arg == 3 ? -2 : -1,
        Op.PRECALL => -arg,
        Op.CALL => version == PythonVersion.Py311 ? -1 : -1 - arg,
        Op.CALL_KW => -2 - arg,
        Op.MAKE_FUNCTION => version >= PythonVersion.Py313 ? 0 : -BitOperations.PopCount((uint)(arg & 0xF)),
        Op.RAISE_VARARGS => -arg,
        Op.FORMAT_VALUE => (arg & 0x04) == 0x04 ? -1 : 0,
        Op.SETUP_FINALLY or Op.SETUP_WITH => jump ? 1 : 0,
        Op.SETUP_CLEANUP => jump ? 2 : 0,
        Op.RETURN_GENERATOR => version >= PythonVersion.Py313 ? 1 : 0,
        _ => throw new InvalidOperationException($"no stack effect for {op}"),
    };
}
