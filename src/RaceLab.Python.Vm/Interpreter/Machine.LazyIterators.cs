using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using RaceLab.Python.Vm.Values.Itertools;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// map, filter, zip, enumerate and iter(callable, sentinel) are lazy in CPython: each next() pulls from the
/// iterators they hold and calls their function, so a generator under them runs one item at a time,
/// interleaved with the loop that consumes them, zip stops pulling at the shortest, and an infinite iterator
/// works. When a pull or a call runs Python (a generator's resume, a Python __next__, a lambda), the step
/// waits in a <see cref="NativeTaskKind.Step"/> task for that frame, as CPython's C iternext waits under it;
/// the item then goes to its <see cref="StepConsumer"/>: FOR_ITER, next(), or the task draining the iterator.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>A lazy iterator whose steps only the machine can run (they may push frames).</summary>
    private static bool IsStepped(PyValue value) => value.Ref switch
    {
        PyMap or PyCallIterator => true,
        PyFilter filter => !filter.Function.IsNone || NeedsMachinePull(filter.Iterator),
        PyZip zip => Array.Exists(zip.Iterators, NeedsMachinePull),
        PyEnumerate enumerate => NeedsMachinePull(enumerate.Iterator),
        PyChain chain => chain.MayPullPython || NeedsMachinePull(chain.Active),
        PyISlice slice => NeedsMachinePull(slice.Source),
        _ => false,
    };

    private static bool NeedsMachinePull(PyValue iterator) =>
        iterator.Ref is PyGenerator || (HasPythonClass(iterator.Ref) && SpecialOf(iterator, "__next__") is not null) || IsStepped(iterator);

    /// <summary>FOR_ITER over a stepped iterator: true when a frame was pushed (the item comes when it is done).</summary>
    private bool ForIterStepped(SimThread thread, Frame f)
    {
        var task = NewStep(f.Slots[f.Sp - 1], StepConsumer.ForIter);
        if (!RunStep(thread, f, task, out var value, out var exhausted))
        {
            return true;
        }

        DeliverStep(thread, f, task, value, exhausted);
        return false;
    }

    /// <summary>next(it[, default]) on a stepped iterator.</summary>
    private CallOutcome NextStepped(SimThread thread, Frame caller, ReadOnlySpan<PyValue> args, int consume)
    {
        caller.Sp = consume;
        var task = NewStep(args[0], StepConsumer.Next);
        task.Found = args.Length > 1 ? args[1] : default;
        if (!RunStep(thread, caller, task, out var value, out var exhausted))
        {
            return CallOutcome.PythonFrame;
        }

        DeliverStep(thread, caller, task, value, exhausted);
        return CallOutcome.Native;
    }

    private static NativeTask NewStep(PyValue iterator, StepConsumer consumer) =>
        new() { Callable = iterator, Args = [], Kind = NativeTaskKind.Step, Consumer = consumer };

    /// <summary>
    /// The next item of <paramref name="iterator"/>: true when it is known at once, false when a frame was pushed
    /// whose result resumes <paramref name="waiting"/> (ResumeTask) with the item or the end.
    /// </summary>
    private bool Pull(SimThread thread, Frame caller, PyValue iterator, NativeTask waiting, out PyValue value, out bool exhausted)
    {
        value = default;
        exhausted = false;
        if (iterator.Ref is PyGenerator generator)
        {
            if (generator.Finished)
            {
                exhausted = true;
                return true;
            }

            ResumeGenerator(thread, caller, generator, PyValue.None, FrameResult.Task, waiting);
            return false;
        }

        if (HasPythonClass(iterator.Ref) && SpecialOf(iterator, "__next__") is { } next)
        {
            // Its StopIteration is the end (Unwind).
            PushTaskFrame(thread, caller, waiting, next, [iterator]);
            return false;
        }

        if (IsStepped(iterator))
        {
            var step = NewStep(iterator, StepConsumer.Task);
            step.Parent = waiting;
            return RunStep(thread, caller, step, out value, out exhausted);
        }

        exhausted = !Iteration.Next(iterator, out value);
        return true;
    }

    /// <summary>Runs a step until it has its item or its end (true), or waits for a frame it pushed (false).</summary>
    private bool RunStep(SimThread thread, Frame caller, NativeTask task, out PyValue value, out bool exhausted)
    {
        while (true)
        {
            if (task.Callable.Ref is PyZip { Done: true } or PyCallIterator { Finished: true })
            {
                (value, exhausted) = (default, true);
                return true;
            }

            if (task.Callable.Ref is IPullingIterator pulling)
            {
                if (!pulling.NextPull(out var from))
                {
                    (value, exhausted) = (default, true);
                    return true;
                }

                if (!Pull(thread, caller, from, task, out var pulled, out var end))
                {
                    (value, exhausted) = (default, false);
                    return false;
                }

                if (pulling.TakePulled(pulled, end, out value, out exhausted))
                {
                    return true;
                }

                continue;
            }

            if (StepSource(task, out var source))
            {
                if (!Pull(thread, caller, source, task, out var item, out var ended))
                {
                    (value, exhausted) = (default, false);
                    return false;
                }

                if (AcceptPulled(task, item, ended, out value, out exhausted))
                {
                    return true;
                }

                continue;
            }

            if (CallStepFunction(thread, caller, task, out var result))
            {
                (value, exhausted) = (default, false);
                return false;
            }

            if (AcceptCalled(task, result, out value, out exhausted))
            {
                return true;
            }
        }
    }

    /// <summary>The iterator the step pulls from next; false when its pulls are done and its function is due.</summary>
    private static bool StepSource(NativeTask task, out PyValue source)
    {
        (var found, source) = task.Callable.Ref switch
        {
            PyZip zip => (true, zip.Iterators[task.Index]),
            PyEnumerate enumerate => (true, enumerate.Iterator),
            PyMap map when task.Index < map.Iterators.Length => (true, map.Iterators[task.Index]),
            PyFilter filter when task.Items.Count == 0 => (true, filter.Iterator),
            _ => (false, default(PyValue)),
        };
        return found;
    }

    /// <summary>Takes a pulled item: true when the step is done (with its item, or exhausted).</summary>
    private static bool AcceptPulled(NativeTask task, PyValue item, bool ended, out PyValue value, out bool exhausted)
    {
        if (task.Callable.Ref is IPullingIterator pulling)
        {
            // chain, islice: the end of what they pulled from is not necessarily theirs.
            return pulling.TakePulled(item, ended, out value, out exhausted);
        }

        (value, exhausted) = (default, ended);
        if (ended)
        {
            // zip drops what it pulled from the iterators before the exhausted one, and stays exhausted.
            if (task.Callable.Ref is PyZip zip)
            {
                zip.Done = true;
            }

            ResetStep(task);
            return true;
        }

        switch (task.Callable.Ref)
        {
            case PyZip zip:
                task.Items.Add(item);
                if (++task.Index < zip.Iterators.Length)
                {
                    return false;
                }

                value = PyValue.FromObject(new PyTuple([.. task.Items]));
                ResetStep(task);
                return true;
            case PyEnumerate enumerate:
                value = enumerate.Number(item);
                return true;
            case PyFilter { Function.IsNone: true }:
                value = item;
                return PyOps.Truthy(item);
            default:
                // map, filter: the function is called once the items are in.
                task.Items.Add(item);
                task.Index++;
                return false;
        }
    }

    /// <summary>Calls the step's function: true when it runs as a frame (its return resumes the step).</summary>
    private bool CallStepFunction(SimThread thread, Frame caller, NativeTask task, out PyValue result)
    {
        var function = task.Callable.Ref switch
        {
            PyMap map => map.Function,
            PyFilter filter => filter.Function,
            _ => task.Callable.As<PyCallIterator>().Callable,
        };
        PyValue[] args = [.. task.Items];
        result = default;
        if (function.Ref is PyFunction { Code.IsGenerator: true } generatorFunction)
        {
            result = PyValue.FromObject(MakeGenerator(generatorFunction, args, null));
            return false;
        }

        if (!IsPythonCallable(function))
        {
            // A built-in function (str, abs, a bound method of a built-in): C calling C, no frame.
            result = CallNative(thread, function, args, null);
            return false;
        }

        task.Step = 1;
        var frame = function.Ref switch
        {
            PyMethod method => PushFrame(thread, caller, method.Function!, [method.Self, .. args], null, caller.Sp),
            PyInstance => PushFrame(thread, caller, SpecialOf(function, "__call__")!, [function, .. args], null, caller.Sp),
            _ => PushFrame(thread, caller, function.As<PyFunction>(), args, null, caller.Sp),
        };
        frame.Result = FrameResult.Task;
        frame.ResultPayload = task;
        return true;
    }

    /// <summary>Takes the function's result: true when the step is done.</summary>
    private static bool AcceptCalled(NativeTask task, PyValue result, out PyValue value, out bool exhausted)
    {
        (value, exhausted) = (result, false);
        var item = task.Items.Count > 0 ? task.Items[0] : default;
        ResetStep(task);
        switch (task.Callable.Ref)
        {
            case PyFilter:
                value = item;
                return PyOps.Truthy(result);
            case PyCallIterator call when PyOps.Equal(call.Sentinel, result):
                // calliter_iternext compares the sentinel with the result, then drops the callable.
                call.Finished = true;
                (value, exhausted) = (default, true);
                return true;
            default:
                return true;
        }
    }

    private static void ResetStep(NativeTask task)
    {
        task.Items = [];
        task.Index = 0;
        task.Step = 0;
    }

    /// <summary>A frame the step pushed returned, or a generator it resumed yielded or returned.</summary>
    private void ResumeStep(SimThread thread, Frame caller, NativeTask task, PyValue result, bool ended)
    {
        var done = task.Step == 1
            ? AcceptCalled(task, result, out var value, out var exhausted)
            : AcceptPulled(task, result, ended, out value, out exhausted);
        if (!done && !RunStep(thread, caller, task, out value, out exhausted))
        {
            return;
        }

        DeliverStep(thread, caller, task, value, exhausted);
    }

    /// <summary>
    /// StopIteration left a frame the step pushed (a Python __next__, or the function: CPython's consumers take
    /// it for the end either way); iter(callable, sentinel) is exhausted from then on.
    /// </summary>
    private void StepStopped(SimThread thread, Frame caller, NativeTask task)
    {
        if (task.Callable.Ref is IPullingIterator)
        {
            // A Python __next__ that chain or islice pulled from raised StopIteration: that source's end, not necessarily theirs.
            ResumeStep(thread, caller, task, default, ended: true);
            return;
        }

        if (task.Step == 1 && task.Callable.Ref is PyCallIterator call)
        {
            call.Finished = true;
        }

        ResetStep(task);
        DeliverStep(thread, caller, task, default, exhausted: true);
    }

    /// <summary>The step's item (or end) goes to whoever asked for it.</summary>
    private void DeliverStep(SimThread thread, Frame caller, NativeTask task, PyValue value, bool exhausted)
    {
        switch (task.Consumer)
        {
            case StepConsumer.ForIter when exhausted:
                caller.Sp--;
                caller.Pc = caller.Code.Code[caller.Pc - 1].Arg;
                break;
            case StepConsumer.Next when exhausted:
                caller.Slots[caller.Sp++] = task.Found.IsNull ? throw new PythonError(new PyException(Tags.StopIteration, [])) : task.Found;
                break;
            case StepConsumer.ForIter or StepConsumer.Next:
                caller.Slots[caller.Sp++] = value;
                break;
            default:
                ResumeTask(thread, caller, task.Parent!, value, exhausted);
                break;
        }
    }

    /// <summary>A built-in draining a stepped iterator argument: true when drained (the list replaces it), false when waiting.</summary>
    private bool DrainStepped(SimThread thread, Frame caller, NativeTask task)
    {
        while (Pull(thread, caller, task.Args[task.Index], task, out var item, out var ended))
        {
            if (!ended)
            {
                task.Items.Add(item);
            }

            if (ended || StopsDraining(task, item))
            {
                FinishDrained(task);
                return true;
            }
        }

        return false;
    }

    private static void FinishDrained(NativeTask task)
    {
        task.Args[task.Index] = PyValue.FromObject(new PyList(task.Items));
        task.Items = [];
    }
}
