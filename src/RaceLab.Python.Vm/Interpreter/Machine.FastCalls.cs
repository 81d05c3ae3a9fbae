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
        // CALL_METHOD and 3.11/3.12 CALL with keyword names (KW_NAMES before them) go through RunCore.
        if ((op is Op.CallMethodLegacy or Op.Call311) && f.KwNames is not null)
        {
            return null;
        }

        var slots = f.Slots;
        var callable = CallLayout(op, slots, sp, argc, out var argStart, out var nargs, out var consume);
        if (callable.Ref is not PyFunction function)
        {
            return null;
        }

        var code = function.Code;
        Frame frame;
        if (code.PlainParameters && nargs == code.Source.ArgCount && (function.Closure.Length == 0 || !_legacy))
        {
            // What BindArguments does for such a call: the arguments become the first locals (3.11+: the closure
            // is the frame's; 3.9/3.10 would put its cells in slots, so closures take the general path there).
            frame = thread.RentFrame();
            frame.Reset(code, isModule: false);
            slots.AsSpan(argStart, nargs).CopyTo(frame.Slots);
            if (!_legacy)
            {
                frame.Closure = function.Closure;
            }
        }
        else
        {
            if (code.IsGenerator || !BindsPositionally(function, nargs))
            {
                return null;
            }

            frame = thread.RentFrame();
            frame.Reset(code, isModule: false);
            BindArguments(frame, function, slots.AsSpan(argStart, nargs), null);
        }

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
