using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Generators. A generator's frame is a VM frame like any other while it runs (linked above the frame that
/// resumed it, so the scheduler switches threads inside it exactly where CPython can: 3.11+ at the RESUME
/// after each yield, 3.9/3.10 at frame entry), and is set aside, with its stack, when it yields. How the
/// resumer gets what the generator yields or returns is the frame's <see cref="FrameResult"/>.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>Calling a generator function: the frame is made and its arguments bound, but nothing runs yet.</summary>
    private CallOutcome StartGenerator(SimThread thread, Frame caller, PyFunction function, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        var generator = MakeGenerator(function, args, kwnames);
        caller.Sp = consume;
        caller.Slots[caller.Sp++] = PyValue.FromObject(generator);
        Advance(thread, Costs.PythonCallExtra);

        // 3.9/3.10's CALL_FUNCTION polls once it has the generator; 3.11+ return from RETURN_GENERATOR without a poll.
        return _legacy ? CallOutcome.Native : CallOutcome.NativeNoPoll;
    }

    private PyGenerator MakeGenerator(PyFunction function, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var frame = new Frame();
        frame.Reset(function.Code, isModule: false);
        BindArguments(frame, function, args, kwnames);
        var generator = new PyGenerator(frame, function.Code.Name, function.QualifiedName);
        frame.Generator = generator;
        if (Version >= PythonVersion.Py311)
        {
            // 3.11+ run the prologue (MAKE_CELL, COPY_FREE_VARS) and RETURN_GENERATOR in the call itself.
            RunGeneratorPrologue(frame);
        }

        return generator;
    }

    private static void RunGeneratorPrologue(Frame frame)
    {
        var code = frame.Code.Code;
        for (var pc = 0; pc < code.Length; pc++)
        {
            switch (code[pc].Op)
            {
                case Op.MakeCell:
                    frame.Slots[code[pc].Arg] = PyValue.FromObject(new PyCell { Value = frame.Slots[code[pc].Arg] });
                    break;
                case Op.CopyFreeVars:
                    for (var i = 0; i < code[pc].Arg; i++)
                    {
                        frame.Slots[frame.Code.SlotCount - code[pc].Arg + i] = PyValue.FromObject(frame.Closure[i]);
                    }

                    break;
                case Op.ReturnGenerator:
                    frame.Pc = pc + 1;
                    return;
            }
        }
    }

    /// <summary>Links the generator's frame above <paramref name="caller"/> and makes it the running frame.</summary>
    private void ResumeGenerator(SimThread thread, Frame caller, PyGenerator generator, PyValue sent, FrameResult mode, object? payload, bool push = true)
    {
        if (generator.Running)
        {
            throw PythonError.Of(Tags.ValueError, "generator already executing");
        }

        var frame = generator.Frame;
        if (!generator.Started)
        {
            if (push && !sent.IsNone)
            {
                throw PythonError.Of(Tags.TypeError, "can't send non-None value to a just-started generator");
            }

            // 3.9 pushes nothing on the first resume; 3.10 (GEN_START) and 3.11+ (POP_TOP) pop a None.
            if (push && Version >= PythonVersion.Py310)
            {
                frame.Slots[frame.Sp++] = PyValue.None;
            }

            generator.Started = true;
        }
        else if (push)
        {
            frame.Slots[frame.Sp++] = sent;
        }

        generator.Running = true;
        frame.Back = caller;
        frame.Result = mode;
        frame.ResultPayload = payload;
        thread.Top = frame;
        Advance(thread, Costs.PythonCallExtra);
    }

    /// <summary>
    /// A generator frame yields (<paramref name="returned"/> false) or returns: its resumer gets the value as its
    /// instruction wants it. True when the thread then polls, as the resuming instruction does after it.
    /// </summary>
    private bool Deliver(SimThread thread, Frame frame, PyValue value, bool returned)
    {
        var generator = frame.Generator!;
        var caller = frame.Back!;
        frame.Back = null;
        generator.Running = false;
        generator.Finished |= returned;
        var mode = frame.Result;
        var payload = frame.ResultPayload;
        frame.ResultPayload = null;
        thread.Top = caller;
        if (returned)
        {
            ClearFinished(frame);
        }

        switch (mode)
        {
            case FrameResult.GenForIter:
                if (returned)
                {
                    // Exhausted: FOR_ITER pops the generator and leaves the loop.
                    caller.Sp--;
                    caller.Pc = caller.Code.Code[caller.Pc - 1].Arg;
                }
                else
                {
                    caller.Slots[caller.Sp++] = value;
                }

                break;
            case FrameResult.GenSend when _legacy:
                if (!returned)
                {
                    // 3.9/3.10 YIELD_FROM: the delegating generator yields the value on, and runs YIELD_FROM again
                    // when resumed (its f_lasti stepped back).
                    caller.Pc--;
                    return Deliver(thread, caller, value, returned: false);
                }

                caller.Slots[caller.Sp - 1] = value;
                break;
            case FrameResult.GenSend:
                if (returned)
                {
                    // 3.11 SEND replaces the receiver by the result; 3.12+ keep it for END_SEND.
                    if (Version == PythonVersion.Py311)
                    {
                        caller.Slots[caller.Sp - 1] = value;
                    }
                    else
                    {
                        caller.Slots[caller.Sp++] = value;
                    }

                    caller.Pc = caller.Code.Code[caller.Pc - 1].Arg;
                }
                else
                {
                    caller.Slots[caller.Sp++] = value;
                }

                break;
            case FrameResult.GenNext:
                if (returned)
                {
                    if (payload is PyValue fallback)
                    {
                        // next(gen, default).
                        caller.Slots[caller.Sp++] = fallback;
                        break;
                    }

                    throw new PythonError(StopIterationOf(value));
                }

                caller.Slots[caller.Sp++] = value;
                break;
            case FrameResult.GenClose:
                if (!returned)
                {
                    throw PythonError.Of(Tags.RuntimeError, "generator ignored GeneratorExit");
                }

                caller.Slots[caller.Sp++] = PyValue.None;
                break;
            case FrameResult.GenThrowDelegate or FrameResult.GenCloseDelegate:
                return DelegateDelivered(thread, caller, mode, ((PyValue)payload!).As<PyGenerator>(), value, returned);
            case FrameResult.Task:
                ResumeTask(thread, caller, (NativeTask)payload!, value, exhausted: returned);
                break;
        }

        return PollsAfterSwitch(thread, caller);
    }

    /// <summary>
    /// After a frame switch out of line: a newly pushed frame polls on entry (3.9/3.10; 3.11+ in its RESUME);
    /// a frame taken up again polls if the instruction that was waiting for the value polls after it.
    /// </summary>
    private bool PollsAfterSwitch(SimThread thread, Frame caller)
    {
        if (!ReferenceEquals(thread.Top, caller))
        {
            return _legacy;
        }

        var check = caller.Code.Code[caller.Pc - 1].Check;
        return (check & (CheckKind.After | CheckKind.AfterCall | CheckKind.AfterNativeCall)) != 0;
    }

    /// <summary>A finished generator keeps nothing alive (CPython clears its frame): states then compare equal.</summary>
    private static void ClearFinished(Frame frame)
    {
        Array.Clear(frame.Slots);
        frame.Sp = frame.Code.SlotCount;
        frame.Blocks.Clear();
        frame.Handling = default;
    }

    /// <summary>RETURN_VALUE of a frame whose result is handled out of line (a generator's, a built-in's task).</summary>
    private bool ReturnSpecial(SimThread thread, Frame frame, PyValue value)
    {
        if (frame.Generator is not null)
        {
            return Deliver(thread, frame, value, returned: true);
        }

        if (frame.Result >= FrameResult.IterNext)
        {
            return ReturnConverted(thread, frame, value);
        }

        var caller = frame.Back!;
        var task = (NativeTask)frame.ResultPayload!;
        thread.ReturnFrame();
        thread.Top = caller;
        ResumeTask(thread, caller, task, value, exhausted: false);
        return PollsAfterSwitch(thread, caller);
    }

    private static PyException StopIterationOf(PyValue value) =>
        new(Tags.StopIteration, value.IsNone ? [] : [value]);

    /// <summary>FOR_ITER over a generator: false when it is already exhausted.</summary>
    private bool ForIterGenerator(SimThread thread, Frame caller, PyGenerator generator)
    {
        if (generator.Finished)
        {
            return false;
        }

        ResumeGenerator(thread, caller, generator, PyValue.None, FrameResult.GenForIter, null);
        return true;
    }

    /// <summary>
    /// YIELD_FROM (3.9/3.10) and SEND (3.11+): the sent value goes to the receiver below it. True when a
    /// generator's frame was resumed (or this frame yielded), false when the frame goes on at its own Pc.
    /// </summary>
    private bool SendToReceiver(SimThread thread, Frame f, out bool poll)
    {
        poll = false;
        var slots = f.Slots;
        var sent = slots[--f.Sp];
        var receiver = slots[f.Sp - 1];
        if (receiver.Ref is PyGenerator generator && !generator.Finished)
        {
            ResumeGenerator(thread, f, generator, sent, FrameResult.GenSend, null);
            poll = _legacy;
            return true;
        }

        var exhausted = receiver.Ref is PyGenerator;
        PyValue item = default;
        if (!exhausted)
        {
            if (!sent.IsNone)
            {
                throw PythonError.Of(Tags.AttributeError, $"'{PyOps.TypeOf(receiver).Name}' object has no attribute 'send'");
            }

            if (IsStepped(receiver))
            {
                // A lazy iterator that runs Python: the step's frames first, then TakeReceived (Machine.PulledOperands).
                var task = new NativeTask { Callable = receiver, Args = [], Kind = NativeTaskKind.Operand, Step = YieldFromOperand };
                if (!Pull(thread, f, receiver, task, out item, out exhausted))
                {
                    poll = _legacy;
                    return true;
                }
            }
            else
            {
                exhausted = !Iteration.Next(receiver, out item);
            }
        }

        return TakeReceived(thread, f, item, exhausted, out poll);
    }

    /// <summary>What a yield from does with an item (or the end) of an iterator that is not a generator.</summary>
    private bool TakeReceived(SimThread thread, Frame f, PyValue item, bool exhausted, out bool poll)
    {
        poll = false;
        var slots = f.Slots;
        if (_legacy)
        {
            if (exhausted)
            {
                slots[f.Sp - 1] = PyValue.None;
                return false;
            }

            // The delegating generator yields the item itself, and runs YIELD_FROM again when resumed.
            f.Pc--;
            poll = Deliver(thread, f, item, returned: false);
            return true;
        }

        if (exhausted)
        {
            if (Version == PythonVersion.Py311)
            {
                slots[f.Sp - 1] = PyValue.None;
            }
            else
            {
                slots[f.Sp++] = PyValue.None;
            }

            f.Pc = f.Code.Code[f.Pc - 1].Arg;
            return false;
        }

        slots[f.Sp++] = item;
        return false;
    }

    /// <summary>3.12+ CLEANUP_THROW: a throw() the delegated-to iterator ended with StopIteration gives its value.</summary>
    private static void CleanupThrow(Frame f)
    {
        var exc = f.Slots[--f.Sp].As<PyException>();
        if (!exc.Type.IsSubtypeOf(Tags.StopIteration))
        {
            throw new PythonError(exc);
        }

        f.Sp -= 2;
        f.Slots[f.Sp++] = PyValue.None;
        f.Slots[f.Sp++] = exc.Args.Length > 0 ? exc.Args[0] : PyValue.None;
    }

    /// <summary>PEP 479: a StopIteration leaving a generator becomes RuntimeError, caused by it.</summary>
    private static PyException StopIterationToRuntimeError(PyException exc)
    {
        if (!exc.Type.IsSubtypeOf(Tags.StopIteration))
        {
            return exc;
        }

        return new PyException(Tags.RuntimeError, [PyValue.FromString("generator raised StopIteration")])
        {
            Cause = exc,
            Context = exc,
            SuppressContext = true,
        };
    }

    /// <summary>3.12+ CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR in the generator's own handler.</summary>
    private static void StopIterationError(Frame f)
    {
        var exc = f.Slots[f.Sp - 1].As<PyException>();
        var converted = StopIterationToRuntimeError(exc);
        if (!ReferenceEquals(converted, exc) && exc.Traceback.Count > 0 && ReferenceEquals(exc.Traceback[0].Frame, f))
        {
            // RERAISE 1 restores the raising instruction: the generator's line is where StopIteration was raised.
            converted.Traceback.Add(exc.Traceback[0]);
        }

        f.Slots[f.Sp - 1] = PyValue.FromObject(converted);
    }

    /// <summary>
    /// An exception leaves a generator's frame: the generator is finished, and the exception goes on in the
    /// frame that resumed it (true: close() took it, and the resumer goes on normally).
    /// </summary>
    private bool UnwindGenerator(SimThread thread, Frame frame, ref PyException exc)
    {
        var generator = frame.Generator!;
        var caller = frame.Back!;
        frame.Back = null;
        generator.Running = false;
        generator.Finished = true;
        var mode = frame.Result;
        var payload = frame.ResultPayload;
        frame.ResultPayload = null;
        thread.Top = caller;
        ClearFinished(frame);
        if (mode == FrameResult.GenClose && (exc.Type.IsSubtypeOf(Tags.GeneratorExit) || exc.Type.IsSubtypeOf(Tags.StopIteration)))
        {
            caller.Slots[caller.Sp++] = PyValue.None;
            return true;
        }

        exc = StopIterationToRuntimeError(exc);
        if (mode is FrameResult.GenThrowDelegate or FrameResult.GenCloseDelegate)
        {
            exc = DelegateRaised(thread, caller, mode, ((PyValue)payload!).As<PyGenerator>(), exc);
        }
        return false;
    }

    /// <summary>next(gen[, default]), gen.__next__(), gen.send(v), gen.throw(...), gen.close().</summary>
    private CallOutcome GeneratorMethod(SimThread thread, Frame caller, PyGenerator generator, BuiltinId method, ReadOnlySpan<PyValue> args, int consume)
    {
        var sent = method == BuiltinId.GenSend && args.Length > 0 ? args[0] : PyValue.None;
        object? fallback = method == BuiltinId.Next && args.Length > 1 ? args[1] : null;
        PyException? thrown = method == BuiltinId.GenThrow ? ThrownException(args) : null;
        caller.Sp = consume;
        if (method == BuiltinId.GenClose)
        {
            if (!generator.Started || generator.Finished)
            {
                generator.Finished = true;
                caller.Slots[caller.Sp++] = PyValue.None;
                return CallOutcome.Native;
            }

            thrown = new PyException(Tags.GeneratorExit, []);
        }

        if (generator.Finished)
        {
            if (fallback is PyValue value)
            {
                caller.Slots[caller.Sp++] = value;
                return CallOutcome.Native;
            }

            throw new PythonError(thrown ?? new PyException(Tags.StopIteration, []));
        }

        var mode = method == BuiltinId.GenClose ? FrameResult.GenClose : FrameResult.GenNext;
        if (thrown is not null)
        {
            ThrowInto(thread, caller, generator, thrown, mode, fallback);
        }

        ResumeGenerator(thread, caller, generator, sent, mode, fallback);
        return CallOutcome.PythonFrame;
    }

    private static PyException ThrownException(ReadOnlySpan<PyValue> args)
    {
        if (args.Length == 0)
        {
            throw PythonError.Of(Tags.TypeError, "throw expected at least 1 argument, got 0");
        }

        return args[0].Ref switch
        {
            PyException e => e,
            PyType t when t.IsSubtypeOf(Tags.BaseException) => new PyException(t, args.Length > 1 && !args[1].IsNone ? [args[1]] : []),
            _ => throw PythonError.Of(Tags.TypeError, $"exceptions must be classes or instances deriving from BaseException, not {PyOps.TypeOf(args[0]).Name}"),
        };
    }
}
