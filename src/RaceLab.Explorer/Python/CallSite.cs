using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Explorer.Python;

/// <summary>
/// What a call instruction is about to call, read off the value stack before it runs, in each release's
/// layout (the same layouts Machine.Call consumes): 3.9 CALL_FUNCTION(_KW) [callable, args, (kw names)];
/// CALL_METHOD and 3.11 CALL [method or NULL, self or callable, args]; 3.13 CALL(_KW) [callable, self or
/// NULL, args, (kw names)].
/// </summary>
internal static class CallSite
{
    public static (PyValue Callable, PyValue Self) Peek(Frame frame, Instr ins)
    {
        var slots = frame.Slots;
        var sp = frame.Sp;
        var argc = ins.Arg;
        switch (ins.Op)
        {
            case Op.CallLegacy:
                return (slots[sp - argc - 1], default);
            case Op.CallLegacyKw:
                return (slots[sp - 1 - argc - 1], default);
            case Op.CallMethodLegacy:
            case Op.Call311:
                {
                    var below = sp - argc - 2;
                    return slots[below].IsNull ? (slots[below + 1], default) : (slots[below], slots[below + 1]);
                }

            case Op.Call313:
            case Op.CallKw313:
                {
                    var top = ins.Op == Op.CallKw313 ? sp - 1 : sp;
                    var below = top - argc - 2;
                    return (slots[below], slots[below + 1]);
                }

            default:
                return (default, default);
        }
    }
}
