using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    private static PythonError Raise(Frame f, int argc)
    {
        var slots = f.Slots;
        var handling = Handling(f);
        if (argc == 0)
        {
            return handling is not null
                ? new PythonError(handling)
                : PythonError.Of(Tags.RuntimeError, "No active exception to reraise");
        }

        var cause = argc == 2 ? slots[--f.Sp] : default;
        var value = slots[--f.Sp];
        var exc = value.Ref switch
        {
            PyException e => e,
            PyType t when t.IsSubtypeOf(Tags.BaseException) => new PyException(t, []),
            _ => throw PythonError.Of(Tags.TypeError, "exceptions must derive from BaseException"),
        };
        if (argc == 2)
        {
            // raise X from Y sets __cause__ (None clears it) and hides the implicit context either way.
            exc.Cause = cause.Ref switch
            {
                _ when cause.IsNone => null,
                PyException c => c,
                PyType t when t.IsSubtypeOf(Tags.BaseException) => new PyException(t, []),
                _ => throw PythonError.Of(Tags.TypeError, "exception causes must derive from BaseException"),
            };
            exc.SuppressContext = true;
        }

        if (handling is not null && !ReferenceEquals(handling, exc))
        {
            exc.Context = handling;
        }

        return new PythonError(exc);
    }

    /// <summary>The exception being handled (sys.exc_info()): this frame's, or the nearest caller's.</summary>
    private static PyException? Handling(Frame? f)
    {
        for (; f is not null; f = f.Back)
        {
            if (f.Handling.Ref is PyException e)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>except T: / except (T1, T2): — a class or a tuple of classes the raised type derives from.</summary>
    private static bool ExceptionMatches(PyType raised, PyValue matcher) => matcher.Ref switch
    {
        PyType t when t.IsSubtypeOf(Tags.BaseException) => raised.IsSubtypeOf(t),
        PyTuple types => Array.TrueForAll(types.Items, i => i.Ref is PyType t && t.IsSubtypeOf(Tags.BaseException))
            ? Array.Exists(types.Items, i => raised.IsSubtypeOf((PyType)i.Ref!))
            : throw PythonError.Of(Tags.TypeError, "catching classes that do not inherit from BaseException is not allowed"),
        _ => throw PythonError.Of(Tags.TypeError, "catching classes that do not inherit from BaseException is not allowed"),
    };

    private PythonError Reraise(Frame f, int oparg)
    {
        var slots = f.Slots;
        if (Version <= PythonVersion.Py310)
        {
            // (tb, value, type) on top.
            var exc = slots[f.Sp - 2];
            f.Sp -= 3;
            return new PythonError(exc.As<PyException>());
        }

        // The handler search starts from RERAISE itself (CPython's INSTR_OFFSET); the saved lasti below the
        // exception only restores the traceback's line, which the first raise in this frame already recorded.
        _ = oparg;
        var value = slots[--f.Sp];
        return new PythonError(value.As<PyException>());
    }

    /// <summary>Finds the handler of the innermost frame that has one; false when the exception leaves the thread.</summary>
    private bool Unwind(SimThread thread, PyException exc)
    {
        var f = thread.Top;
        while (f is not null)
        {
            // A generator thrown into before it started has run no instruction yet (3.9/3.10).
            var pc = Math.Max(f.Pc - 1, 0);
            if (exc.Traceback.Count == 0 || !ReferenceEquals(exc.Traceback[0].Frame, f))
            {
                exc.Traceback.Insert(0, (f, f.Code, pc));
            }

            if (Version >= PythonVersion.Py311)
            {
                foreach (var entry in f.Code.ExceptionTable)
                {
                    if (entry.Start <= pc && pc < entry.End)
                    {
                        f.Sp = f.Code.SlotCount + entry.Depth;
                        if (entry.PushLasti)
                        {
                            f.Slots[f.Sp++] = PyValue.FromInt(pc);
                        }

                        f.Slots[f.Sp++] = PyValue.FromObject(exc);
                        f.Pc = entry.Target;
                        return true;
                    }
                }
            }
            else
            {
                while (f.Blocks.Count > 0)
                {
                    var (handler, level) = f.Blocks[^1];
                    f.Blocks.RemoveAt(f.Blocks.Count - 1);
                    f.Sp = level;
                    if (handler < 0)
                    {
                        // An EXCEPT_HANDLER block (UNWIND_EXCEPT_HANDLER): restore the exception that was being
                        // handled before it, saved below the handler's values, and keep unwinding.
                        var saved = f.Slots[level + 1];
                        f.Handling = saved.IsNone ? default : saved;
                        continue;
                    }

                    f.Blocks.Add((-1, level));
                    var previous = f.Handling.IsNull ? PyValue.None : f.Handling;
                    f.Slots[f.Sp++] = PyValue.None;
                    f.Slots[f.Sp++] = previous;
                    f.Slots[f.Sp++] = PyValue.None;
                    f.Slots[f.Sp++] = PyValue.None;
                    f.Slots[f.Sp++] = PyValue.FromObject(exc);
                    f.Slots[f.Sp++] = PyValue.FromObject(exc.Type);
                    f.Handling = PyValue.FromObject(exc);
                    f.Pc = handler;
                    return true;
                }
            }

            if (f.Generator is not null)
            {
                if (UnwindGenerator(thread, f, ref exc))
                {
                    return true;
                }

                f = thread.Top;
                continue;
            }

            if (f.Result == FrameResult.IterNext && UnwindSpecial(thread, f, exc))
            {
                return true;
            }

            if (f.ResultPayload is NativeTask { Kind: NativeTaskKind.DrainNext } task && exc.Type.IsSubtypeOf(Tags.StopIteration))
            {
                // A built-in draining an iterator: its __next__'s StopIteration is the end of the items.
                var caller = f.Back!;
                thread.ReturnFrame();
                thread.Top = caller;
                try
                {
                    FinishDrainNext(thread, caller, task);
                    return true;
                }
                catch (PythonError error)
                {
                    exc = error.Exception;
                    f = thread.Top;
                    continue;
                }
            }

            if (f.ResultPayload is NativeTask { Kind: NativeTaskKind.Step } step && exc.Type.IsSubtypeOf(Tags.StopIteration))
            {
                // A lazy iterator's step: a StopIteration out of what it called is its end (Machine.LazyIterators).
                var caller = f.Back!;
                thread.ReturnFrame();
                thread.Top = caller;
                try
                {
                    StepStopped(thread, caller, step);
                    return true;
                }
                catch (PythonError error)
                {
                    exc = error.Exception;
                    f = thread.Top;
                    continue;
                }
            }

            thread.ReturnFrame();
            f = f.Back;
            thread.Top = f;
        }

        thread.Uncaught = exc;
        return false;
    }

    private int PopExcept(Frame f, int sp)
    {
        if (Version <= PythonVersion.Py310)
        {
            f.Blocks.RemoveAt(f.Blocks.Count - 1);
            sp -= 3;
            var previous = f.Slots[sp + 1];
            f.Handling = previous.IsNone ? default : previous;
            return sp;
        }

        var saved = f.Slots[--sp];
        f.Handling = saved.IsNone ? default : saved;
        return sp;
    }

    /// <summary>SETUP_WITH (3.9/3.10, with its handler) or BEFORE_WITH (3.11+): push __exit__, call __enter__.</summary>
    /// <summary>SETUP_WITH / BEFORE_WITH; true when a Python __enter__ was pushed as a frame (its return is the value).</summary>
    private bool EnterWith(SimThread thread, Frame f, int handler)
    {
        var slots = f.Slots;
        var manager = slots[f.Sp - 1];
        if (PythonContextManager(manager) is var (enter, exit))
        {
            slots[f.Sp - 1] = PyValue.FromObject(new PyMethod(manager, exit));
            if (handler >= 0)
            {
                f.Blocks.Add((handler, f.Sp));
            }

            PushFrame(thread, f, enter, [manager], null, consume: f.Sp);
            return true;
        }

        if (manager.Ref is PyStringIO buffer)
        {
            // IOBase.__enter__ (C): the stream itself, unless closed; __exit__ closes it.
            if (buffer.Closed)
            {
                throw PythonError.Of(Tags.ValueError, "I/O operation on closed file.");
            }

            slots[f.Sp - 1] = PyValue.FromObject(new PyBoundMethod(manager, Builtins.StringIOMethods["__exit__"]));
            if (handler >= 0)
            {
                f.Blocks.Add((handler, f.Sp));
            }

            slots[f.Sp++] = manager;
            return false;
        }

        if (manager.Ref is not PyLock)
        {
            throw Version >= PythonVersion.Py311
                ? PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(manager).Name}' object does not support the context manager protocol")
                : PythonError.Of(Tags.AttributeError, "__enter__");
        }

        var lockObject = manager.As<PyLock>();
        lockObject.ExitMethod ??= new PyBoundMethod(manager, Builtins.LockExit);
        slots[f.Sp - 1] = PyValue.FromObject(lockObject.ExitMethod);
        if (handler >= 0)
        {
            f.Blocks.Add((handler, f.Sp));
        }

        Advance(thread, Costs.LockWithBlock);
        slots[f.Sp++] = PyValue.FromBool(Scheduler.Acquire(thread, lockObject, blocking: true));
        return false;
    }

    /// <summary>An instance whose class defines __enter__ and __exit__ in Python (a Condition, a Semaphore...).</summary>
    private static (PyFunction Enter, PyFunction Exit)? PythonContextManager(PyValue manager) =>
        manager.Ref is PyInstance instance
        && instance.Class.TryLookup("__enter__", out var enter, out _) && enter.Ref is PyFunction enterFunction
        && instance.Class.TryLookup("__exit__", out var exit, out _) && exit.Ref is PyFunction exitFunction
            ? (enterFunction, exitFunction)
            : null;

    /// <summary>WITH_EXCEPT_START; true when a Python __exit__ was pushed as a frame (its return is the value).</summary>
    private bool WithExceptStart(SimThread thread, Frame f)
    {
        var slots = f.Slots;
        var exit = Version <= PythonVersion.Py310 ? slots[f.Sp - 7] : slots[f.Sp - 4];
        var value = Version <= PythonVersion.Py310 ? slots[f.Sp - 2] : slots[f.Sp - 1];
        var type = PyValue.FromObject(value.As<PyException>().Type);
        if (exit.Ref is PyMethod { Function: { } function } method)
        {
            PushFrame(thread, f, function, [method.Self, type, value, PyValue.None], null, consume: f.Sp);
            return true;
        }

        var result = CallNative(thread, exit, [type, value, PyValue.None], null);
        slots[f.Sp++] = result;
        return false;
    }
}
