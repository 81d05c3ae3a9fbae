using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// throw() and close() on a generator suspended in a yield from reach the generator it delegates to first, as
/// CPython's gen_throw and gen_close do (_gen_throw on gi_yieldfrom, gen_close_iter): the exception is raised in
/// the innermost one; what that one yields is throw()'s value (the delegating ones stay suspended), what it
/// returns resumes the one above with it as the yield from's value, and what it raises goes on in the one above.
/// close() closes the delegated-to generator, then throws GeneratorExit (or what closing it raised) in.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Raises <paramref name="thrown"/> where the generator is suspended, or in the one its yield from delegates to.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void ThrowInto(SimThread thread, Frame caller, PyGenerator generator, PyException thrown, FrameResult mode, object? payload)
    {
        if (DelegateOf(generator) is { } inner)
        {
            var delegateMode = thrown.Type.IsSubtypeOf(Tags.GeneratorExit) && mode == FrameResult.GenClose
                ? FrameResult.GenCloseDelegate
                : FrameResult.GenThrowDelegate;
            ThrowInto(thread, caller, inner, thrown, delegateMode, PyValue.FromObject(generator));
        }

        // Raised where the generator is suspended (its YIELD_VALUE), and unwound from there.
        ResumeGenerator(thread, caller, generator, PyValue.None, mode, payload, push: false);
        throw new PythonError(thrown);
    }

    /// <summary>The generator a suspended generator's yield from delegates to (gi_yieldfrom), or null.</summary>
    private PyGenerator? DelegateOf(PyGenerator generator)
    {
        var frame = generator.Frame;
        if (!generator.Started || generator.Finished || generator.Running || frame.Sp <= frame.Code.SlotCount || frame.Pc >= frame.Code.Code.Length)
        {
            return null;
        }

        // 3.9/3.10 step back onto YIELD_FROM; 3.11+ stop at the RESUME (oparg 2) after the SEND loop's YIELD_VALUE.
        var at = frame.Code.Code[frame.Pc];
        var delegating = _legacy ? at.Op == Op.YieldFrom : at.Op == Op.Resume && (at.Arg & 3) == 2;
        return delegating && frame.Slots[frame.Sp - 1].Ref is PyGenerator { Finished: false } inner ? inner : null;
    }

    /// <summary>The delegated-to generator yielded or returned after a throw() or close() on the delegating one.</summary>
    private bool DelegateDelivered(SimThread thread, Frame caller, FrameResult mode, PyGenerator outer, PyValue value, bool returned)
    {
        if (mode == FrameResult.GenCloseDelegate)
        {
            // Closed (or it ignored GeneratorExit): the delegating generator is closed next.
            var thrown = returned ? new PyException(Tags.GeneratorExit, []) : new PyException(Tags.RuntimeError, [PyValue.FromString("generator ignored GeneratorExit")]);
            ThrowInto(thread, caller, outer, thrown, FrameResult.GenClose, null);
        }

        if (!returned)
        {
            // A yield: throw()'s value; the delegating generators stay suspended in their yield from.
            caller.Slots[caller.Sp++] = value;
            return PollsAfterSwitch(thread, caller);
        }

        // A return: the yield from in the delegating generator ends with the value, and it runs on.
        var frame = outer.Frame;
        var code = frame.Code.Code;
        if (_legacy)
        {
            frame.Slots[frame.Sp - 1] = value;
            frame.Pc++;
        }
        else
        {
            var send = code[frame.Pc - 2];
            if (Version == PythonVersion.Py311)
            {
                frame.Slots[frame.Sp - 1] = value;
            }
            else
            {
                frame.Slots[frame.Sp++] = value;
            }

            frame.Pc = send.Op == Op.Send ? send.Arg : throw new InvalidOperationException("yield from without its SEND loop");
        }

        ResumeGenerator(thread, caller, outer, PyValue.None, FrameResult.GenNext, null, push: false);
        return PollsAfterSwitch(thread, caller);
    }

    /// <summary>The delegated-to generator raised after a throw() or close(): the exception goes on in the delegating one.</summary>
    private PyException DelegateRaised(SimThread thread, Frame caller, FrameResult mode, PyGenerator outer, PyException exc)
    {
        var closing = mode == FrameResult.GenCloseDelegate;
        if (closing && exc.Type.IsSubtypeOf(Tags.GeneratorExit))
        {
            exc = new PyException(Tags.GeneratorExit, []);
        }

        ResumeGenerator(thread, caller, outer, PyValue.None, closing ? FrameResult.GenClose : FrameResult.GenNext, null, push: false);
        return exc;
    }
}
