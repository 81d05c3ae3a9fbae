using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Which accesses to global names another thread can observe, decided from the module's code (the subset
/// has no <c>globals()</c>, <c>exec</c> or <c>vars()</c>, so the code is the whole story). Only the main thread
/// runs module-level code; function code may run on any thread. So:
/// <list type="bullet">
/// <item>a read of X conflicts only with a write by another thread: a write in some function, or a store
/// the main thread's module code can still reach (so once main is past <c>worker = ...</c> the workers'
/// reads of <c>worker</c>, <c>lock</c> or <c>threading</c> are private);</item>
/// <item>a module-level store of X is seen by another thread only if some function uses X.</item>
/// </list>
/// Steps that touch only private names need no scheduling point (SPIN's partial-order reduction of local
/// variables), which keeps the main thread's set-up loop out of the interleavings.
/// </summary>
internal sealed class SharedGlobals
{
    private readonly CompiledCode _module;
    private readonly bool[] _writtenByFunctions;
    private readonly bool[] _usedByFunctions;
    private readonly int[] _lastModuleStore;
    private readonly int[] _earliestReachable;
    private readonly HashSet<string> _assignedAttributes = new(StringComparer.Ordinal);

    public SharedGlobals(LoadedModule module)
    {
        _module = module.Main;
        var names = module.GlobalNames.Count;
        _writtenByFunctions = new bool[names];
        _usedByFunctions = new bool[names];
        _lastModuleStore = new int[names];
        Array.Fill(_lastModuleStore, -1);
        foreach (var code in module.AllCode)
        {
            NoteAssignedAttributes(code);

            // A library module's body runs once, on import, before the threads that use it can exist (its
            // imports run at the program's top): its stores are set-up, like the module's own before a start.
            if (module.Libraries.Any(l => ReferenceEquals(l.Body, code)))
            {
                continue;
            }

            var isModule = ReferenceEquals(code, module.Main);
            for (var pc = 0; pc < code.Code.Length; pc++)
            {
                var ins = code.Code[pc];
                if (!IsGlobalAccess(ins.Op))
                {
                    continue;
                }

                var store = IsStore(ins.Op);
                if (isModule)
                {
                    _lastModuleStore[ins.Arg] = store ? pc : _lastModuleStore[ins.Arg];
                }
                else
                {
                    _usedByFunctions[ins.Arg] = true;
                    _writtenByFunctions[ins.Arg] |= store;
                }
            }
        }

        _earliestReachable = EarliestReachable(module.Main);
    }

    /// <summary>Whether the instruction reads or writes a global name (its argument is the name's slot).</summary>
    public static bool IsGlobalAccess(Op op) =>
        op is Op.LoadGlobal or Op.LoadGlobalNullBefore or Op.LoadGlobalNullAfter or Op.LoadName or Op.StoreGlobal or Op.StoreName;

    /// <summary>Whether <paramref name="thread"/>'s access to the global <paramref name="ins"/> names is private.</summary>
    public bool IsPrivate(Instr ins, SimThread thread, SimThread main)
    {
        var slot = ins.Arg;
        if (IsStore(ins.Op))
        {
            return ins.Op == Op.StoreName && thread == main && !_usedByFunctions[slot];
        }

        return !_writtenByFunctions[slot] && (thread == main || !MainMayStore(main, slot));
    }

    /// <summary>
    /// Whether reading the module attribute can see no other thread's write: a library module's attributes are
    /// its globals, which <c>threading.excepthook = hook</c> assigns, and sys.stdout and sys.stderr are replaced
    /// by <c>contextlib.redirect_stdout</c> (through setattr). So a name no STORE_ATTR or DELETE_ATTR in any
    /// code names, other than those two, is fixed once imported.
    /// </summary>
    public bool ModuleAttributeIsFixed(PyModule module, string name) =>
        !_assignedAttributes.Contains(name) && !(module.Name == "sys" && name is "stdout" or "stderr");

    private void NoteAssignedAttributes(CompiledCode code)
    {
        foreach (var ins in code.Code)
        {
            if (ins.Op is Op.StoreAttr or Op.DeleteAttr)
            {
                _assignedAttributes.Add(code.Names[ins.Arg]);
            }
        }
    }

    /// <summary>Whether the access is shared whichever thread makes it and wherever the main thread is (<see cref="IsPrivate"/> never holds).</summary>
    public bool IsAlwaysShared(Instr ins) => IsStore(ins.Op) ? ins.Op == Op.StoreGlobal || _usedByFunctions[ins.Arg] : _writtenByFunctions[ins.Arg];

    /// <summary>Whether some function's code reads or writes the global: another thread can reach its value.</summary>
    public bool IsUsedByFunctions(int slot) => _usedByFunctions[slot];

    public static bool IsStore(Op op) => op is Op.StoreGlobal or Op.StoreName;

    /// <summary>Whether the main thread's module code can still reach a store of the slot.</summary>
    private bool MainMayStore(SimThread main, int slot)
    {
        var last = _lastModuleStore[slot];
        if (last < 0 || main.Top is not { } frame)
        {
            return false;
        }

        while (frame.Back is { } caller)
        {
            frame = caller;
        }

        // A module frame's pc is where it resumes (after the call it is in, if any).
        return !ReferenceEquals(frame.Code, _module) || last >= _earliestReachable[Math.Min(frame.Pc, _earliestReachable.Length - 1)];
    }

    /// <summary>
    /// For each pc, the lowest pc execution can still reach from it: code runs forward except along backward
    /// jumps and handlers placed before their range, so that bound is a fixed point over those edges.
    /// </summary>
    private static int[] EarliestReachable(CompiledCode code)
    {
        var edges = new List<(int From, int To)>();
        for (var pc = 0; pc < code.Code.Length; pc++)
        {
            var ins = code.Code[pc];
            if (IsJump(ins.Op) && ins.Arg < pc)
            {
                edges.Add((pc, ins.Arg));
            }
        }

        foreach (var entry in code.ExceptionTable)
        {
            if (entry.Target < entry.End)
            {
                edges.Add((entry.End - 1, entry.Target));
            }
        }

        var earliest = new int[code.Code.Length + 1];
        for (var pc = 0; pc < earliest.Length; pc++)
        {
            var low = pc;
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (from, to) in edges)
                {
                    if (from >= low && to < low)
                    {
                        low = to;
                        changed = true;
                    }
                }
            }

            earliest[pc] = low;
        }

        return earliest;
    }

    private static bool IsJump(Op op) => op is Op.Jump or Op.PopJumpIfFalse or Op.PopJumpIfTrue or Op.PopJumpIfNone
        or Op.PopJumpIfNotNone or Op.JumpIfFalseOrPop or Op.JumpIfTrueOrPop or Op.ForIter or Op.SetupWith or Op.SetupFinally;
}
