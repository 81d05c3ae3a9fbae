using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Which of the globals that only module-level code uses (no function reads or writes them, so only the
/// main thread's module frame can) that frame may still read, by backward dataflow over the module code.
/// State keys leave out a dead one whose value is not data: once the main thread is past its loops over
/// <c>threads</c>, the list (and the loop variable <c>t</c>) can never be read again, and without them
/// nothing tells symmetric workers apart. Data values stay: they are part of the final outcome.
/// </summary>
internal sealed class LiveGlobals
{
    private readonly CompiledCode _module;
    private readonly ulong[] _live;
    private readonly ulong _moduleOnly;

    public LiveGlobals(LoadedModule module, SharedGlobals shared)
    {
        _module = module.Main;
        ulong candidates = 0;
        for (var slot = 0; slot < Math.Min(64, module.GlobalNames.Count); slot++)
        {
            if (!shared.IsUsedByFunctions(slot))
            {
                candidates |= 1UL << slot;
            }
        }

        _moduleOnly = candidates;
        _live = LiveLocals.Solve(_module, Transfer);

        // Names outside the analysis are always live.
        for (var pc = 0; pc < _live.Length; pc++)
        {
            _live[pc] |= ~candidates;
        }
    }

    /// <summary>
    /// The globals nothing can read any more, a bit per slot (slots from 64 on are never dead): every
    /// module-only global once the main thread has left its module code (the data among them stay in keys as
    /// part of the outcome), else those no path from where that frame resumes reads.
    /// </summary>
    public ulong Dead(SimThread main)
    {
        if (main.Top is not { } frame)
        {
            return _moduleOnly;
        }

        while (frame.Back is { } caller)
        {
            frame = caller;
        }

        return ReferenceEquals(frame.Code, _module) && frame.Pc < _live.Length ? ~_live[frame.Pc] : 0;
    }

    private static ulong Transfer(Instr ins, ulong after) => ins.Op switch
    {
        Op.LoadGlobal or Op.LoadGlobalNullBefore or Op.LoadGlobalNullAfter or Op.LoadName => after | Bit(ins.Arg),
        Op.StoreGlobal or Op.StoreName => after & ~Bit(ins.Arg),
        _ => after,
    };

    private static ulong Bit(int slot) => slot < 64 ? 1UL << slot : 0;
}
