namespace RaceLab.Python.Compiler.Modern;

/// <summary>Instruction classes the flow-graph passes ask about (CPython's opcode_utils.h macros).</summary>
internal static class OpInfo
{
    public static bool IsUnconditionalJump(Op op) =>
        op is Op.JUMP or Op.JUMP_NO_INTERRUPT or Op.JUMP_FORWARD or Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT;

    public static bool IsConditionalJump(Op op) =>
        op is Op.POP_JUMP_IF_FALSE or Op.POP_JUMP_IF_TRUE or Op.POP_JUMP_IF_NONE or Op.POP_JUMP_IF_NOT_NONE
            or Op.JUMP_IF_FALSE_OR_POP or Op.JUMP_IF_TRUE_OR_POP;

    public static bool IsJump(Op op) =>
        IsUnconditionalJump(op) || IsConditionalJump(op) || op is Op.FOR_ITER or Op.SEND
        || op is >= Op.POP_JUMP_FORWARD_IF_FALSE and <= Op.POP_JUMP_BACKWARD_IF_NOT_NONE;

    public static bool IsBlockPush(Op op) => op is Op.SETUP_FINALLY or Op.SETUP_CLEANUP or Op.SETUP_WITH;

    public static bool HasTarget(Op op) => IsJump(op) || IsBlockPush(op);

    public static bool IsScopeExit(Op op) =>
        op is Op.RETURN_VALUE or Op.RETURN_CONST or Op.RAISE_VARARGS or Op.RERAISE;

    /// <summary>An instruction after which the code generator starts a new block.</summary>
    public static bool IsTerminator(Op op) => IsJump(op) || IsScopeExit(op);

    public static bool IsBackwardJump(Op op) =>
        op is Op.JUMP_BACKWARD or Op.JUMP_BACKWARD_NO_INTERRUPT
            or >= Op.POP_JUMP_BACKWARD_IF_FALSE and <= Op.POP_JUMP_BACKWARD_IF_NOT_NONE;

    public static bool UsesConst(Op op) => op is Op.LOAD_CONST or Op.RETURN_CONST or Op.KW_NAMES;

    public static bool IsLocalOp(Op op) =>
        op is Op.LOAD_FAST or Op.LOAD_FAST_CHECK or Op.LOAD_FAST_AND_CLEAR or Op.STORE_FAST or Op.STORE_FAST_MAYBE_NULL
            or Op.LOAD_CLOSURE or Op.LOAD_DEREF or Op.STORE_DEREF or Op.MAKE_CELL
            or Op.LOAD_CLASSDEREF or Op.LOAD_FROM_DICT_OR_DEREF or Op.DELETE_FAST or Op.DELETE_DEREF;
}
