using System.Runtime.CompilerServices;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>
    /// The hot loop's commonest instructions (locals, constants, globals, int arithmetic and comparisons,
    /// range loops, jumps and bool branches, an instance's own attributes and its class's methods)
    /// in a method of their own with no calls, so the JIT keeps pc, sp, the clock and the instruction count in
    /// registers; in <see cref="RunCore"/>, a hundred cases with calls push them onto the stack. Same semantics
    /// as RunCore's cases for what it handles: it stops before anything else (an unbound name, a lost update
    /// to record, a non-int operand, a call), at the time or budget limit, and after a check point where
    /// the thread must yield, which it reports by returning true. Calls of plain Python functions and their
    /// returns switch frames here as in RunCore (which reloads its frame from the thread's top afterwards).
    /// </summary>
    private static readonly bool[] s_fastOps = FastOps();

    /// <summary>The instructions <see cref="RunFast"/> may run: RunCore calls it only before one of them.</summary>
    private static bool[] FastOps()
    {
        var ops = new bool[256];
        foreach (var op in (Op[])[
            Op.Nop, Op.Resume, Op.PopTop, Op.PushNull, Op.RotTwo, Op.DupTop, Op.Copy, Op.Swap, Op.LoadConst,
            Op.LoadFast, Op.StoreFast, Op.LoadGlobal, Op.LoadName, Op.StoreGlobal, Op.StoreName, Op.BinaryOp,
            Op.ForIter, Op.CompareOp, Op.PopJumpIfFalse, Op.PopJumpIfTrue, Op.Jump, Op.LoadAttr, Op.StoreAttr,
            Op.LoadMethod, Op.LoadMethodSelfAfter, Op.CallLegacy, Op.CallMethodLegacy, Op.Call311, Op.Call313,
            Op.ReturnValue, Op.ReturnConst, Op.RotThree, Op.DupTopTwo, Op.IsOp, Op.PopJumpIfNone, Op.PopJumpIfNotNone,
            Op.SetupFinally, Op.PopBlock, Op.LoadGlobalNullBefore, Op.LoadGlobalNullAfter, Op.LoadFastLoadFast, Op.ToBool,
        ])
        {
            ops[(int)op] = true;
        }

        return ops;
    }

    /// <summary>Why <see cref="RunFast"/> returned.</summary>
    private enum FastStop : byte
    {
        /// <summary>Before an instruction it does not run, or at the time or budget limit.</summary>
        Stopped,

        /// <summary>After a check point where the thread must yield: RunCore polls.</summary>
        Poll,

        /// <summary>The check-point switch decided at a check point and the loop must be left (RunExit.Yield).</summary>
        Leave,
    }

    /// <summary>
    /// Runs the fast instructions of <paramref name="threadRef"/>; with a <see cref="CheckPointSwitch"/> it also
    /// takes the sampled schedule's decisions at check points, and may return on another thread (with its
    /// <paramref name="loadedRef"/> and <paramref name="loadedDepthRef"/>): a random walk decides every few
    /// instructions, and leaving this loop for RunCore's poll at each decision cost more than the decision.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FastStop RunFast(ref SimThread threadRef, Frame f, ref long[] loadedRef, ref long[] loadedDepthRef, ref int pcRef, ref int spRef, ref long nowRef, ref long executedRef, long breakAt, long budget)
    {
        var thread = threadRef;
        var loaded = loadedRef;
        var loadedDepth = loadedDepthRef;
        var code = f.Code.Code;
        var consts = f.Code.Constants;
        var slots = f.Slots;
        var globals = _globals;
        var seq = _writeSeq;
        var depth = _depth;
        var legacy = _legacy;
        var callExtra = Costs.PythonCallExtra;
        var countsLostUpdates = CountsLostUpdates;
        var pc = pcRef;
        var sp = spRef;
        var now = nowRef;
        var executed = executedRef;
        var stop = FastStop.Stopped;

        while (now < breakAt && executed < budget)
        {
            ref var ins = ref code[pc];
            var next = pc + 1;
            var poll = (ins.Check & CheckKind.After) != 0;
            switch (ins.Op)
            {
                case Op.Nop:
                case Op.Resume:
                    break;
                case Op.PopTop:
                    sp--;
                    break;
                case Op.PushNull:
                    slots[sp++] = default;
                    break;
                case Op.RotTwo:
                    (slots[sp - 1], slots[sp - 2]) = (slots[sp - 2], slots[sp - 1]);
                    break;
                case Op.DupTop:
                    PyValue.Store(ref slots[sp], slots[sp - 1]);
                    sp++;
                    break;
                case Op.DupTopTwo:
                    PyValue.Store(ref slots[sp], slots[sp - 2]);
                    PyValue.Store(ref slots[sp + 1], slots[sp - 1]);
                    sp += 2;
                    break;
                case Op.RotThree:
                    {
                        var top = slots[sp - 1];
                        slots[sp - 1] = slots[sp - 2];
                        slots[sp - 2] = slots[sp - 3];
                        slots[sp - 3] = top;
                        break;
                    }

                case Op.LoadFastLoadFast:
                    PyValue.Store(ref slots[sp++], slots[ins.Arg >> 4]);
                    PyValue.Store(ref slots[sp++], slots[ins.Arg & 15]);
                    break;
                case Op.IsOp:
                    {
                        var b = slots[--sp];
                        PyValue.Store(ref slots[sp - 1], PyValue.FromBool(slots[sp - 1].SameAs(b) ^ (ins.Arg != 0)));
                        break;
                    }

                case Op.ToBool:
                    {
                        // Ints, bools and None only: another object's truth may run its __bool__ or __len__.
                        ref var v = ref slots[sp - 1];
                        if (v.IsInt)
                        {
                            v = PyValue.FromBool(v.Int != 0);
                        }
                        else if (v.IsNone)
                        {
                            v = PyValue.False;
                        }
                        else if (!v.IsBool)
                        {
                            goto Done;
                        }

                        break;
                    }

                case Op.SetupFinally:
                    f.Blocks.Add((ins.Arg, sp));
                    break;
                case Op.PopBlock:
                    f.Blocks.RemoveAt(f.Blocks.Count - 1);
                    break;
                case Op.Copy:
                    slots[sp] = slots[sp - ins.Arg];
                    sp++;
                    break;
                case Op.Swap:
                    (slots[sp - 1], slots[sp - ins.Arg]) = (slots[sp - ins.Arg], slots[sp - 1]);
                    break;
                case Op.LoadConst:
                    PyValue.Store(ref slots[sp++], consts[ins.Arg]);
                    break;
                case Op.LoadFast:
                    {
                        var v = slots[ins.Arg];
                        if (v.IsNull)
                        {
                            goto Done;
                        }

                        PyValue.Store(ref slots[sp++], v);
                        break;
                    }

                case Op.StoreFast:
                    PyValue.Store(ref slots[ins.Arg], slots[--sp]);
                    break;
                case Op.LoadGlobal:
                case Op.LoadName:
                    {
                        var slot = ins.Arg;
                        var v = globals[slot];
                        if (v.IsNull)
                        {
                            goto Done;
                        }

                        loaded[slot] = seq[slot];
                        loadedDepth[slot] = depth[slot];
                        PyValue.Store(ref slots[sp++], v);
                        break;
                    }

                case Op.LoadGlobalNullBefore:
                case Op.LoadGlobalNullAfter:
                    {
                        // A callable with the NULL 3.11/3.12 push below it and 3.13 above it (RunCore's case: no ledger load).
                        var v = globals[ins.Arg];
                        if (v.IsNull)
                        {
                            goto Done;
                        }

                        var nullFirst = ins.Op == Op.LoadGlobalNullBefore;
                        slots[sp++] = nullFirst ? default : v;
                        slots[sp++] = nullFirst ? v : default;
                        break;
                    }

                case Op.StoreGlobal:
                case Op.StoreName:
                    {
                        var slot = ins.Arg;
                        var load = loaded[slot];
                        if (load >= 0 && load != seq[slot] && countsLostUpdates)
                        {
                            goto Done;
                        }

                        // Nobody stored since the load (or there was none, or nobody counts): one more update.
                        depth[slot]++;
                        seq[slot]++;
                        loaded[slot] = -1;
                        PyValue.Store(ref globals[slot], slots[--sp]);
                        break;
                    }

                case Op.LoadAttr:
                    if (slots[sp - 1].Ref is not PyInstance instance
                        || !TryLoadOwnAttribute(thread, instance, f.Code, ins.Arg, pc, now + ins.Cost, ref slots[sp - 1]))
                    {
                        goto Done;
                    }

                    break;
                case Op.StoreAttr:
                    if (slots[sp - 1].Ref is not PyInstance target
                        || !TryStoreOwnAttribute(thread, target, f.Code, ins.Arg, pc, now + ins.Cost, slots[sp - 2]))
                    {
                        goto Done;
                    }

                    sp -= 2;
                    break;
                case Op.LoadMethod:
                case Op.LoadMethodSelfAfter:
                    {
                        // Found on the class as a Python function: both forms push (function, self).
                        var owner = slots[sp - 1];
                        if (owner.Ref is not PyInstance receiver || !TryInstanceMethod(receiver, f.Code.Names[ins.Arg], out var function))
                        {
                            goto Done;
                        }

                        PyValue.Store(ref slots[sp - 1], function);
                        PyValue.Store(ref slots[sp++], owner);
                        break;
                    }

                case Op.BinaryOp:
                    {
                        ref var a = ref slots[sp - 2];
                        var b = slots[sp - 1];
                        if (!a.IsInt || !b.IsInt)
                        {
                            goto Done;
                        }

                        if (!BinaryOps.TryIntFast(ins.Arg, a.Int, b.Int, out var r))
                        {
                            goto Done;
                        }

                        PyValue.SetInt(ref a, r);
                        sp--;
                        break;
                    }

                case Op.ForIter:
                    {
                        if (slots[sp - 1].Ref is not PyRangeIterator range)
                        {
                            goto Done;
                        }

                        if (range.TryNext(out var value))
                        {
                            PyValue.Store(ref slots[sp++], PyValue.FromInt(value));
                        }
                        else
                        {
                            sp--;
                            next = ins.Arg;
                        }

                        break;
                    }

                case Op.CompareOp:
                    {
                        ref var a = ref slots[sp - 2];
                        var b = slots[sp - 1];
                        if (!a.IsInt || !b.IsInt)
                        {
                            goto Done;
                        }

                        PyValue.Store(ref a, PyValue.FromBool(BinaryOps.CompareInts(ins.Arg, a.Int, b.Int)));
                        sp--;
                        break;
                    }

                case Op.PopJumpIfFalse:
                case Op.PopJumpIfTrue:
                    {
                        // Bools, ints and None: another object's truth may run its __bool__ or __len__.
                        var v = slots[sp - 1];
                        bool truth;
                        if (v.IsBool || v.IsInt)
                        {
                            truth = v.Int != 0;
                        }
                        else if (v.IsNone)
                        {
                            truth = false;
                        }
                        else
                        {
                            goto Done;
                        }

                        if (LoopBound > 0 && ins.Arg < pc)
                        {
                            goto Done;
                        }

                        sp--;
                        var taken = truth == (ins.Op == Op.PopJumpIfTrue);
                        if (taken)
                        {
                            next = ins.Arg;
                        }

                        // A non-bool may poll after its truth test (CheckKind.IfNotBool).
                        poll = (taken && (ins.Check & CheckKind.IfTaken) != 0) || ((ins.Check & CheckKind.IfNotBool) != 0 && !v.IsBool);
                        break;
                    }

                case Op.PopJumpIfNone:
                case Op.PopJumpIfNotNone:
                    {
                        if (LoopBound > 0 && ins.Arg < pc)
                        {
                            goto Done;
                        }

                        var taken = slots[--sp].IsNone == (ins.Op == Op.PopJumpIfNone);
                        if (taken)
                        {
                            next = ins.Arg;
                        }

                        poll = taken && (ins.Check & CheckKind.IfTaken) != 0;
                        break;
                    }

                case Op.Jump:
                    if (LoopBound > 0 && ins.Arg < pc)
                    {
                        goto Done;
                    }

                    next = ins.Arg;
                    break;
                case Op.CallLegacy:
                case Op.CallMethodLegacy:
                case Op.Call311:
                case Op.Call313:
                    {
                        var callee = TryEnterPythonCall(thread, f, ins.Op, ins.Arg, sp);
                        if (callee is null)
                        {
                            goto Done;
                        }

                        f.Pc = next;
                        f = callee;
                        code = f.Code.Code;
                        consts = f.Code.Constants;
                        slots = f.Slots;
                        sp = f.Sp;
                        next = 0;
                        now += callExtra;

                        // 3.9/3.10 poll on frame entry; 3.11+ in the callee's RESUME.
                        poll = legacy;
                        break;
                    }

                case Op.ReturnValue:
                case Op.ReturnConst:
                    {
                        // A plain call's return: a new instance, a generator's or a task's value go through RunCore.
                        var back = f.Back;
                        if (f.Result != FrameResult.ReturnValue || back is null)
                        {
                            goto Done;
                        }

                        var value = ins.Op == Op.ReturnConst ? consts[ins.Arg] : slots[sp - 1];
                        thread.ReturnFrame();
                        thread.Top = back;
                        f = back;
                        code = f.Code.Code;
                        consts = f.Code.Constants;
                        slots = f.Slots;
                        sp = f.Sp;
                        next = f.Pc;
                        slots[sp++] = value;

                        // 3.9/3.10: the caller's CALL_FUNCTION finishes and polls.
                        poll = legacy;
                        break;
                    }

                default:
                    goto Done;
            }

            now += ins.Cost;
            executed++;
            pc = next;
            if (poll && DropRequest && (code[pc].Check & CheckKind.DeferBefore) == 0
                && !(code[pc].Stretch == StretchKind.FrameOnly && SkipsCheckPoint(f, pc, sp)))
            {
                if (CheckPointSwitch is null)
                {
                    stop = FastStop.Poll;
                    goto Done;
                }

                // A sampled schedule decides here, as RunCore's poll would (only with an unbounded budget,
                // so the budget needs no update); the thread's state is saved first.
                f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += executed; executed = 0;
                var chosen = SwitchAtCheckPoint(thread);
                if (chosen is null)
                {
                    stop = FastStop.Leave;
                    goto Done;
                }

                if (chosen != thread)
                {
                    thread = chosen;
                    loaded = thread.LoadedSeq;
                    loadedDepth = thread.LoadedDepth;
                    f = thread.Top!;
                    code = f.Code.Code;
                    consts = f.Code.Constants;
                    slots = f.Slots;
                    sp = f.Sp;
                    pc = f.Pc;
                }
            }
        }

    Done:
        // The thread changes only at a sampled schedule's decision: RunCore enters and leaves this loop around every
        // call it makes itself, and each reference written back through a ref is a GC write barrier's helper call.
        if (!ReferenceEquals(thread, threadRef))
        {
            threadRef = thread;
            loadedRef = loaded;
            loadedDepthRef = loadedDepth;
        }

        pcRef = pc;
        spRef = sp;
        nowRef = now;
        executedRef = executed;
        return stop;
    }

    /// <summary>
    /// LOAD_ATTR of an instance's own attribute when no class in its MRO has a property (RunCore's first case
    /// for an instance), with the ledger's load; false leaves the instruction to RunCore.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryLoadOwnAttribute(SimThread thread, PyInstance instance, CompiledCode code, int nameIndex, int pc, long now, ref PyValue top)
    {
        var name = code.Names[nameIndex];
        if (instance.Class.HasProperties || !instance.TryGetAttributeInterned(name, out var own))
        {
            return false;
        }

        top = own;
        NoteLoad(thread, instance, PyValue.FromString(name), own, now, code, pc);
        return true;
    }

    /// <summary>STORE_ATTR on an instance whose classes have no property, with the ledger's store.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryStoreOwnAttribute(SimThread thread, PyInstance instance, CompiledCode code, int nameIndex, int pc, long now, PyValue value)
    {
        if (instance.Class.HasProperties)
        {
            return false;
        }

        var name = code.Names[nameIndex];
        instance.SetAttributeInterned(name, value);
        NoteStore(thread, instance, PyValue.FromString(name), value, now, code, pc);
        return true;
    }

    /// <summary>TryUnboundMethod's instance case: a Python function on the class the instance does not shadow.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryInstanceMethod(PyInstance instance, string name, out PyValue function)
    {
        function = default;
        return !instance.HasAttributeInterned(name) && instance.Class.TryLookup(name, out function, out _) && function.Ref is PyFunction;
    }
}
