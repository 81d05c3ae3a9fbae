using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Accounting;

internal sealed partial class LostUpdateLedger
{
    private static LostUpdateStory Story(SimThread thread, string location, LoadRecord load, long storesMeanwhile, long erased, long now, CompiledCode code, int pc, PyValue stored)
    {
        var switched = thread.LastSwitchOut is { } s && load.Code is not null && s.Time >= load.Time ? s : null;
        return new LostUpdateStory
        {
            Thread = thread.Name,
            Global = location,
            LoadedValue = load.Value ?? "?",
            LoadSeconds = Seconds(load.Time),
            LoadInstruction = load.Code is null ? string.Empty : Describe(load.Code, load.Pc),
            LoadLine = load.Code is null ? -1 : load.Code.Code[load.Pc].Line,
            SwitchedOutAfter = switched?.Code is null ? null : Describe(switched.Code, switched.Pc),
            SwitchReason = switched?.Reason,
            SwitchedOutSeconds = switched is null ? null : Seconds(switched.Time),
            ResumedSeconds = switched is null || switched.ResumedAt < 0 ? null : Seconds(switched.ResumedAt),
            StoresMeanwhile = storesMeanwhile,
            UpdatesErased = erased,
            StoredValue = PyFormat.Repr(stored),
            StoreSeconds = Seconds(now),
            StoreInstruction = Describe(code, pc),
            StoreLine = code.Code[pc].Line,
        };
    }
}
