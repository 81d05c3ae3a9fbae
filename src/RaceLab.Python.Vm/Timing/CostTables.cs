namespace RaceLab.Python.Vm.Timing;

/// <summary>
/// Per-release instruction costs (ns), fitted to cpython-measurements.md §F: each loop there is a short
/// list of instructions, so the loop costs pin down FOR_ITER + STORE_FAST + the backward jump (empty),
/// LOAD_GLOBAL (load_global), STORE_GLOBAL (store_global), the call machinery (call_one), the integer
/// add (b), and the lock's __enter__/__exit__ in a with block (d). Instructions §F does not isolate get
/// plausible neighbours' costs. The 3.9-3.13 costs of attribute access (LOAD_ATTR, LOAD_METHOD, STORE_ATTR on
/// 3.9/3.10), of a lock's methods, of Python code that C calls, of built-in calls, dict items and new instances
/// were fitted on 2026-12-07 with tools/calibrate-costs.py (each statement's CPU time relative to the note's
/// loop in the same process, on a loaded machine: ±20-40%; bench/README.md).
/// </summary>
internal static class CostTables
{
    public static CostTable For(PythonVersion version, bool freeThreaded) => freeThreaded ? Py313t : version switch
    {
        PythonVersion.Py39 => Py39,
        PythonVersion.Py310 => Py310,
        PythonVersion.Py311 => Py311,
        PythonVersion.Py312 => Py312,
        _ => Py313,
    };

    private static readonly CostTable Py39 = new(new()
    {
        ["FOR_ITER"] = 9,
        ["STORE_FAST"] = 3,
        ["JUMP_ABSOLUTE"] = 5.1,
        ["LOAD_GLOBAL"] = 3.9,
        ["LOAD_CONST"] = 1.3,
        ["STORE_GLOBAL"] = 3.5,
        ["INPLACE_ADD"] = 23.9,
        ["BINARY_ADD"] = 23.9,
        ["INPLACE_SUBTRACT"] = 23.9,
        ["BINARY_SUBTRACT"] = 23.9,
        ["CALL_FUNCTION"] = 8,
        ["CALL_METHOD"] = 8,
        ["CALL_FUNCTION_KW"] = 12,
        ["POP_TOP"] = 1.5,
        ["RETURN_VALUE"] = 3.6,
        ["SETUP_WITH"] = 30,
        ["POP_BLOCK"] = 2,
        ["DUP_TOP"] = 1,
        ["LOAD_FAST"] = 1.2,
        ["COMPARE_OP"] = 8,
        ["POP_JUMP_IF_FALSE"] = 2,
        ["POP_JUMP_IF_TRUE"] = 2,
        ["JUMP_FORWARD"] = 1.5,
        ["LOAD_METHOD"] = 20,
        ["LOAD_ATTR"] = 17,
        ["STORE_ATTR"] = 20,
    }, DefaultNs: 5, FrameNs: 16, LockNs: 27, LockMethodNs: 8, LockDunderNs: 27, NativeCallNs: 20, CallFromNativeNs: 15, DictItemNs: 0, NewInstanceNs: 70);

    private static readonly CostTable Py310 = new(new()
    {
        ["FOR_ITER"] = 7,
        ["STORE_FAST"] = 2.5,
        ["JUMP_ABSOLUTE"] = 3.6,
        ["LOAD_GLOBAL"] = 7,
        ["LOAD_CONST"] = 1.3,
        ["STORE_GLOBAL"] = 6.7,
        ["INPLACE_ADD"] = 16.4,
        ["BINARY_ADD"] = 16.4,
        ["INPLACE_SUBTRACT"] = 16.4,
        ["BINARY_SUBTRACT"] = 16.4,
        ["CALL_FUNCTION"] = 8,
        ["CALL_METHOD"] = 8,
        ["CALL_FUNCTION_KW"] = 12,
        ["POP_TOP"] = 1.5,
        ["RETURN_VALUE"] = 3.9,
        ["SETUP_WITH"] = 45,
        ["POP_BLOCK"] = 2,
        ["DUP_TOP"] = 1,
        ["LOAD_FAST"] = 1.2,
        ["COMPARE_OP"] = 7,
        ["POP_JUMP_IF_FALSE"] = 2,
        ["POP_JUMP_IF_TRUE"] = 2,
        ["JUMP_FORWARD"] = 1.5,
        ["LOAD_METHOD"] = 16,
        ["LOAD_ATTR"] = 17,
        ["STORE_ATTR"] = 15,
    }, DefaultNs: 5, FrameNs: 17, LockNs: 45, LockMethodNs: 12, LockDunderNs: 30, NativeCallNs: 15, CallFromNativeNs: 15, DictItemNs: 0, NewInstanceNs: 70);

    private static readonly CostTable Py311 = new(new()
    {
        ["RESUME"] = 0.5,
        ["FOR_ITER"] = 8,
        ["STORE_FAST"] = 1,
        ["JUMP_BACKWARD"] = 3.5,
        ["LOAD_GLOBAL"] = 0.5,
        ["LOAD_CONST"] = 0.5,
        ["STORE_GLOBAL"] = 5.9,
        ["BINARY_OP"] = 13.3,
        ["PRECALL"] = 1,
        ["CALL"] = 3,
        ["PUSH_NULL"] = 0.5,
        ["POP_TOP"] = 0.5,
        ["RETURN_VALUE"] = 2.6,
        ["BEFORE_WITH"] = 30,
        ["LOAD_FAST"] = 0.5,
        ["COMPARE_OP"] = 3,
        ["POP_JUMP_FORWARD_IF_FALSE"] = 1,
        ["POP_JUMP_FORWARD_IF_TRUE"] = 1,
        ["POP_JUMP_BACKWARD_IF_FALSE"] = 1,
        ["POP_JUMP_BACKWARD_IF_TRUE"] = 1,
        ["JUMP_FORWARD"] = 1,
        ["LOAD_METHOD"] = 3,
        ["LOAD_ATTR"] = 3,
        ["KW_NAMES"] = 0.5,
        ["COPY"] = 0.5,
        ["SWAP"] = 0.5,
    }, DefaultNs: 3, FrameNs: 4, LockNs: 53, LockMethodNs: 25, LockDunderNs: 32, NativeCallNs: 6, CallFromNativeNs: 25, DictItemNs: 7, NewInstanceNs: 40);

    private static readonly CostTable Py312 = new(new()
    {
        ["RESUME"] = 0.5,
        ["FOR_ITER"] = 7,
        ["STORE_FAST"] = 0.5,
        ["JUMP_BACKWARD"] = 7.1,
        ["LOAD_GLOBAL"] = 0.3,
        ["LOAD_CONST"] = 0.5,
        ["STORE_GLOBAL"] = 10.2,
        ["BINARY_OP"] = 12.1,
        ["CALL"] = 4,
        ["PUSH_NULL"] = 0.5,
        ["POP_TOP"] = 0.5,
        ["RETURN_VALUE"] = 3,
        ["RETURN_CONST"] = 3,
        ["BEFORE_WITH"] = 40,
        ["LOAD_FAST"] = 0.5,
        ["COMPARE_OP"] = 3,
        ["POP_JUMP_IF_FALSE"] = 1,
        ["POP_JUMP_IF_TRUE"] = 1,
        ["JUMP_FORWARD"] = 1,
        ["LOAD_ATTR"] = 3,
        ["KW_NAMES"] = 0.5,
        ["COPY"] = 0.5,
        ["SWAP"] = 0.5,
        ["END_FOR"] = 1,
    }, DefaultNs: 3, FrameNs: 6.6, LockNs: 60, LockMethodNs: 19, LockDunderNs: 35, NativeCallNs: 6, CallFromNativeNs: 50, DictItemNs: 8, NewInstanceNs: 45);

    private static readonly CostTable Py313 = new(new()
    {
        ["RESUME"] = 0.3,
        ["FOR_ITER"] = 6,
        ["STORE_FAST"] = 0.5,
        ["JUMP_BACKWARD"] = 5.9,
        ["LOAD_GLOBAL"] = 0.5,
        ["LOAD_CONST"] = 0.5,
        ["STORE_GLOBAL"] = 10.1,
        ["BINARY_OP"] = 12.9,
        ["CALL"] = 3,
        ["CALL_KW"] = 5,
        ["PUSH_NULL"] = 0.5,
        ["POP_TOP"] = 0.5,
        ["RETURN_VALUE"] = 2.5,
        ["RETURN_CONST"] = 2.5,
        ["BEFORE_WITH"] = 30,
        ["LOAD_FAST"] = 0.5,
        ["LOAD_FAST_LOAD_FAST"] = 0.7,
        ["COMPARE_OP"] = 3,
        ["POP_JUMP_IF_FALSE"] = 1,
        ["POP_JUMP_IF_TRUE"] = 1,
        ["TO_BOOL"] = 0.5,
        ["JUMP_FORWARD"] = 1,
        ["LOAD_ATTR"] = 3,
        ["COPY"] = 0.5,
        ["SWAP"] = 0.5,
        ["END_FOR"] = 1,
    }, DefaultNs: 3, FrameNs: 4, LockNs: 55, LockMethodNs: 15, LockDunderNs: 33, NativeCallNs: 6, CallFromNativeNs: 80, DictItemNs: 7, NewInstanceNs: 45);

    private static readonly CostTable Py313t = new(new()
    {
        ["RESUME"] = 0.3,
        ["FOR_ITER"] = 5,
        ["STORE_FAST"] = 0.5,
        ["JUMP_BACKWARD"] = 3.6,
        ["LOAD_GLOBAL"] = 9.4,
        ["LOAD_CONST"] = 0.5,
        ["STORE_GLOBAL"] = 15.6,
        ["BINARY_OP"] = 6.9,
        ["CALL"] = 4,
        ["CALL_KW"] = 6,
        ["PUSH_NULL"] = 0.5,
        ["POP_TOP"] = 0.5,
        ["RETURN_VALUE"] = 2.7,
        ["RETURN_CONST"] = 2.7,
        ["BEFORE_WITH"] = 25,
        ["LOAD_FAST"] = 0.5,
        ["LOAD_FAST_LOAD_FAST"] = 0.7,
        ["COMPARE_OP"] = 4,
        ["POP_JUMP_IF_FALSE"] = 1,
        ["POP_JUMP_IF_TRUE"] = 1,
        ["TO_BOOL"] = 1,
        ["JUMP_FORWARD"] = 1,
        ["LOAD_ATTR"] = 8,
        ["COPY"] = 0.5,
        ["SWAP"] = 0.5,
        ["END_FOR"] = 1,
    }, DefaultNs: 4, FrameNs: 7, LockNs: 34, LockMethodNs: 34, LockDunderNs: 34, NativeCallNs: 20, CallFromNativeNs: 0, DictItemNs: 0, NewInstanceNs: 0);
}
