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
            _ => (Op.Nop, -1),
        };
        return mapped.Arg >= 0;
    }
}
