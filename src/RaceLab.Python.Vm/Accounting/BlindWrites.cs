using RaceLab.Python.Vm.Loading;

namespace RaceLab.Python.Vm.Accounting;

/// <summary>
/// A store of a constant (<c>self._flag = False</c>, <c>done = 0</c>, <c>cache[key] = None</c>) is a blind write:
/// its value does not come from the thread's earlier load of the location, so overwriting what other threads
/// stored meanwhile is the program's intent (Event.clear after a set, a reset), not a read-modify-write that
/// loses an update. The ledger asks only when a store did overwrite others' stores, so the hot path never pays.
/// </summary>
internal static class BlindWrites
{
    /// <summary>Whether the value the store at <paramref name="storePc"/> writes was pushed by a LOAD_CONST.</summary>
    public static bool StoresConstant(CompiledCode code, int storePc)
    {
        var instructions = code.Code;
        // How many stack entries lie above the stored value when the store runs.
        var above = instructions[storePc].Op switch
        {
            Op.StoreGlobal or Op.StoreName or Op.StoreDeref or Op.StoreFast => 0,
            Op.StoreAttr => 1,
            Op.StoreSubscr => 2,
            _ => -1,
        };
        if (above < 0)
        {
            return false;
        }

        // Walk back over instructions that only push, until the one that pushed the value; anything else (a
        // computation, a call, a jump target's merge) means the value is not known to be a constant.
        for (var pc = storePc - 1; pc >= 0; pc--)
        {
            var op = instructions[pc].Op;
            var pushes = op switch
            {
                Op.LoadConst or Op.LoadFast or Op.LoadGlobal or Op.LoadName or Op.LoadDeref => 1,
                Op.LoadFastLoadFast => 2,
                _ => 0,
            };
            if (pushes == 0)
            {
                return false;
            }

            if (above < pushes)
            {
                return op == Op.LoadConst;
            }

            above -= pushes;
        }

        return false;
    }
}
