namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// CPython instructions of the language's newer constructs (unpacking, sets, generators) that CodeLoader.Map
/// leaves to this table: what each becomes in the VM's instruction set, the same on every release.
/// </summary>
internal static class LanguageOpMap
{
    public static bool TryMap(string name, int arg, out (Op Op, int Arg) mapped)
    {
        mapped = name switch
        {
            "DICT_MERGE" => (Op.DictMerge, arg),
            "DICT_UPDATE" => (Op.DictUpdate, arg),
            "BUILD_SET" => (Op.BuildSet, arg),
            "SET_ADD" => (Op.SetAdd, arg),
            "SET_UPDATE" => (Op.SetUpdate, arg),
            "MAP_ADD" => (Op.MapAdd, arg),
            "UNPACK_EX" => (Op.UnpackEx, arg),
            "RETURN_GENERATOR" => (Op.ReturnGenerator, 0),
            "YIELD_VALUE" => (Op.YieldValue, 0),
            "YIELD_FROM" => (Op.YieldFrom, 0),
            "END_SEND" => (Op.EndSend, 0),
            "GET_YIELD_FROM_ITER" => (Op.GetYieldFromIter, 0),
            "CLEANUP_THROW" => (Op.CleanupThrow, 0),

            // 3.10: the value the first send() pushes, popped at once (3.11+ compile a POP_TOP instead).
            "GEN_START" => (Op.PopTop, 0),

            // 3.12+ INTRINSIC_STOPITERATION_ERROR: PEP 479's StopIteration-to-RuntimeError, in the generator's own handler.
            "CALL_INTRINSIC_1" when arg == 3 => (Op.StopIterationError, 0),
            _ => (Op.Nop, -1),
        };
        return mapped.Arg >= 0;
    }
}
