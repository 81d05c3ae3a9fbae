using System.Runtime.CompilerServices;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>
    /// <see cref="RunFast"/>'s call: the part of <see cref="Call"/> that pushes a Python function's frame, for a
    /// plain function (not a generator) called with positional arguments only, which bind without raising
    /// (no keywords, *args, **kwargs or positional-only parameters; missing ones have defaults). Null leaves
    /// the call to RunCore. The caller's stack gives up the callable and the arguments, as in Call.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame? TryEnterPythonCall(SimThread thread, Frame f, Op op, int argc, int sp)
    {
        var slots = f.Slots;
        PyValue callable;
        int argStart, nargs, consume;
        switch (op)
        {
            case Op.CallLegacy:
                nargs = argc;
                argStart = sp - argc;
                consume = argStart - 1;
                callable = slots[consume];
                break;
            case Op.Call313:
                consume = sp - argc - 2;
                callable = slots[consume];
                var unbound = slots[consume + 1].IsNull;
                argStart = unbound ? sp - argc : consume + 1;
                nargs = unbound ? argc : argc + 1;
                break;
            default:
                // CALL_METHOD (3.9/3.10) and 3.11/3.12 CALL: NULL or the function below, then self or the callable.
                if (f.KwNames is not null)
                {
                    return null;
                }

                consume = sp - argc - 2;
                var nullFirst = slots[consume].IsNull;
                callable = nullFirst ? slots[consume + 1] : slots[consume];
                argStart = nullFirst ? sp - argc : consume + 1;
                nargs = nullFirst ? argc : argc + 1;
                break;
        }

        if (callable.Ref is not PyFunction function || function.Code.IsGenerator || !BindsPositionally(function, nargs))
        {
            return null;
        }

        var frame = thread.RentFrame();
        frame.Reset(function.Code, isModule: false);
        BindArguments(frame, function, slots.AsSpan(argStart, nargs), null);
        frame.Back = f;
        f.Sp = consume;
        thread.Top = frame;
        return frame;
    }

    /// <summary>Whether <paramref name="nargs"/> positional arguments bind to the function without raising.</summary>
    private static bool BindsPositionally(PyFunction function, int nargs)
    {
        var src = function.Code.Source;
        return (src.Flags & (CodeFlags.VarArgs | CodeFlags.VarKeywords)) == 0
            && src.KeywordOnlyArgCount == 0
            && src.PositionalOnlyArgCount == 0
            && nargs <= src.ArgCount
            && nargs >= src.ArgCount - function.Defaults.Length;
    }
}
