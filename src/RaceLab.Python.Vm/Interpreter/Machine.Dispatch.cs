using System.Runtime.CompilerServices;
using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>
    /// Runs <paramref name="thread"/> from its saved position until it yields at a check point, blocks,
    /// finishes, is preempted (free-threaded) or spends <paramref name="budget"/> instructions.
    /// </summary>
    public RunExit Run(SimThread thread, long budget)
    {
        _executing = thread;
        while (true)
        {
            var before = thread.Instructions;
            try
            {
                if (thread.PendingRaise is { } pending)
                {
                    // A blocking call that gave up (a timed-out SimpleQueue.get) raises where it was called.
                    thread.PendingRaise = null;
                    throw new PythonError(pending);
                }

                return RunCore(thread, budget);
            }
            catch (PythonError error)
            {
                if (_executing != thread)
                {
                    // The loop switched threads at a check point (only with an unbounded budget): the raise is the new one's.
                    thread = _executing!;
                    before = thread.Instructions;
                }

                // The instructions run before the raise count, and use up the budget, like any others: a
                // sampled schedule replays a thread by its instruction count, exceptions and all.
                thread.Instructions += _executed;
                _executed = 0;
                budget -= thread.Instructions - before;
                if (!Unwind(thread, error.Exception))
                {
                    return RunExit.Finished;
                }
            }
        }
    }

    /// <summary>
    /// RunCore's count of instructions not yet added to the thread's: a field, not a local, so that it
    /// survives a raise out of the loop (see <see cref="Run"/>).
    /// </summary>
    private long _executed;

    // Jitted fully optimized at once: the loop is too hot to start in tier 0 and wait for on-stack replacement.
    // Not in a ReadyToRun build, which precompiles it instead: the attribute keeps a method out of the image,
    // and jitting this one took ~0.1 s of CPU at every start (bench/README.md). RunFast keeps it: it is small
    // and carries the hot loops.
#if !READY_TO_RUN
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
#endif
    private RunExit RunCore(SimThread thread, long budget)
    {
        var f = thread.Top!;
        var code = f.Code.Code;
        var consts = f.Code.Constants;
        var slots = f.Slots;
        var sp = f.Sp;
        var pc = f.Pc;
        var now = FreeThreaded ? thread.Clock : Now;
        var breakAt = BreakAt;
        var globals = _globals;
        var seq = _writeSeq;
        var depth = _depth;
        var loaded = thread.LoadedSeq;
        var loadedDepth = thread.LoadedDepth;
        var tracing = Ledger.Tracing;
        var shared = FreeThreaded;
        var legacy = _legacy;
        _executed = 0;
        var exit = RunExit.Yield;
        var switchPolls = false;

        // Tracing records every load, and free-threading prices cache misses: both need RunCore's own cases.
        var fast = !tracing && !shared;

        while (true)
        {
            if (now >= breakAt || _executed >= budget)
            {
                f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                if (budget <= 0)
                {
                    return RunExit.BudgetExhausted;
                }

                Scheduler.OnTime(thread);
                breakAt = BreakAt;
                now = FreeThreaded ? thread.Clock : Now;
                if (MustStop)
                {
                    MustStop = false;
                    return RunExit.Preempted;
                }
            }

            // RunFast stops at once before anything it does not run: entering it only to leave would cost a call
            // and its set-up for each attribute access or call.
            if (fast && s_fastOps[(int)code[pc].Op])
            {
                var stop = RunFast(ref thread, f, ref loaded, ref loadedDepth, ref pc, ref sp, ref now, ref _executed, breakAt, budget);

                // RunFast may have called, returned or switched threads: even the same pooled Frame object may
                // hold another code now.
                f = thread.Top!;
                code = f.Code.Code;
                consts = f.Code.Constants;
                slots = f.Slots;

                if (stop == FastStop.Poll)
                {
                    goto Poll;
                }

                if (stop == FastStop.Leave)
                {
                    exit = RunExit.Yield;
                    goto Exit;
                }

                if (now >= breakAt || _executed >= budget)
                {
                    continue;
                }
            }

            ref var ins = ref code[pc++];
            now += ins.Cost;
            _executed++;
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
                case Op.RotThree:
                    {
                        var top = slots[sp - 1];
                        slots[sp - 1] = slots[sp - 2];
                        slots[sp - 2] = slots[sp - 3];
                        slots[sp - 3] = top;
                        break;
                    }

                case Op.RotFour:
                    {
                        var top = slots[sp - 1];
                        slots[sp - 1] = slots[sp - 2];
                        slots[sp - 2] = slots[sp - 3];
                        slots[sp - 3] = slots[sp - 4];
                        slots[sp - 4] = top;
                        break;
                    }

                case Op.DupTop:
                    slots[sp] = slots[sp - 1];
                    sp++;
                    break;
                case Op.DupTopTwo:
                    slots[sp] = slots[sp - 2];
                    slots[sp + 1] = slots[sp - 1];
                    sp += 2;
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
                            f.Sp = sp; f.Pc = pc;
                            throw Unbound(f.Code, ins.Arg);
                        }

                        PyValue.Store(ref slots[sp++], v);
                        break;
                    }

                case Op.LoadFastAndClear:
                    slots[sp++] = slots[ins.Arg];
                    slots[ins.Arg] = default;
                    break;
                case Op.LoadFastLoadFast:
                    slots[sp++] = slots[ins.Arg >> 4];
                    slots[sp++] = slots[ins.Arg & 15];
                    break;
                case Op.StoreFast:
                    PyValue.Store(ref slots[ins.Arg], slots[--sp]);
                    break;
                case Op.StoreFastLoadFast:
                    slots[ins.Arg >> 4] = slots[--sp];
                    slots[sp++] = slots[ins.Arg & 15];
                    break;
                case Op.StoreFastStoreFast:
                    slots[ins.Arg >> 4] = slots[--sp];
                    slots[ins.Arg & 15] = slots[--sp];
                    break;
                case Op.DeleteFast:
                    slots[ins.Arg] = default;
                    break;
                case Op.DeleteName:
                    f.Sp = sp; f.Pc = pc;
                    if (!f.Namespace!.Remove(f.Code.Names[ins.Arg]))
                    {
                        throw PythonError.Of(Tags.NameError, $"name '{f.Code.Names[ins.Arg]}' is not defined");
                    }

                    break;
                case Op.DeleteGlobal:
                    f.Sp = sp; f.Pc = pc;
                    if (globals[ins.Arg].IsNull)
                    {
                        throw PythonError.Of(Tags.NameError, $"name '{Module.GlobalNames[ins.Arg]}' is not defined");
                    }

                    globals[ins.Arg] = default;
                    break;
                case Op.DeleteAttr:
                    f.Sp = sp; f.Pc = pc;
                    if (slots[sp - 1].Ref is PyInstance { Class.HasProperties: true } && SpecialOf(slots[sp - 1], "__delattr__") is { } delAttr)
                    {
                        SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        var frame = PushFrame(thread, f, delAttr, [slots[sp - 1], PyValue.FromString(f.Code.Names[ins.Arg])], null, consume: sp - 1);
                        frame.Result = FrameResult.Discarded;
                        goto EnterFrame;
                    }

                    DeleteAttribute(slots[--sp], f.Code.Names[ins.Arg]);
                    break;
                case Op.DeleteSubscr:
                    if (slots[sp - 1].Ref is PyInstance or PyTuple or PySet && NeedsKeyedTask(slots, sp, ins))
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        StartKeyedInstruction(thread, f, ins);
                        goto EnterFrame;
                    }

                    f.Sp = sp; f.Pc = pc;
                    sp -= 2;
                    if (HasPythonClass(slots[sp].Ref) && SpecialOf(slots[sp], "__delitem__") is { } delItem)
                    {
                        SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        CallSpecial(thread, f, delItem, [slots[sp], slots[sp + 1]], sp, FrameResult.Discarded);
                        goto EnterFrame;
                    }

                    DeleteSubscript(slots[sp], slots[sp + 1]);
                    break;
                case Op.DeleteDeref:
                    ((PyCell)slots[ins.Arg].Ref!).Value = default;
                    break;
                case Op.JumpIfNotExcMatch:
                    {
                        // 3.9/3.10: the handler's DUP_TOP of the exception type against the except clause's type(s).
                        var matcher = slots[--sp];
                        var raised = slots[--sp];
                        f.Sp = sp; f.Pc = pc;
                        if (!(raised.Ref is PyType t && ExceptionMatches(t, matcher)))
                        {
                            pc = ins.Arg;
                        }

                        break;
                    }
                case Op.LoadGlobal:
                case Op.LoadName:
                    {
                        var slot = ins.Arg;
                        var v = globals[slot];
                        if (v.IsNull)
                        {
                            v = LoadBuiltin(slot, thread, now, f.Code, pc - 1);
                        }
                        else
                        {
                            loaded[slot] = seq[slot];
                            loadedDepth[slot] = depth[slot];
                            if (tracing)
                            {
                                Ledger.RecordLoad(thread, slot, now, f.Code, pc - 1, v);
                            }

                            if (shared)
                            {
                                now += CacheMissOnLoad(thread, slot);
                            }
                        }

                        PyValue.Store(ref slots[sp++], v);
                        break;
                    }

                case Op.LoadGlobalNullBefore:
                case Op.LoadGlobalNullAfter:
                    {
                        // A callable with the NULL 3.11/3.12 push below it and 3.13 above it.
                        var v = globals[ins.Arg];
                        if (v.IsNull)
                        {
                            v = LoadBuiltin(ins.Arg, thread, now, f.Code, pc - 1);
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
                        var value = slots[--sp];
                        var load = loaded[slot];
                        if (load < 0 || (load != seq[slot] && BlindWrites.StoresConstant(f.Code, pc - 1)))
                        {
                            // No load, or a constant stored over others' stores: not a read-modify-write.
                            depth[slot]++;
                        }
                        else
                        {
                            if (load != seq[slot] && CountsLostUpdates)
                            {
                                Ledger.RecordLost(thread, slot, seq[slot] - load, depth[slot] - loadedDepth[slot], now, f.Code, pc - 1, value);
                            }

                            depth[slot] = loadedDepth[slot] + 1;
                        }

                        seq[slot]++;
                        loaded[slot] = -1;
                        PyValue.Store(ref globals[slot], value);
                        if (shared)
                        {
                            now += CacheMissOnStore(thread, slot);
                        }

                        break;
                    }

                case Op.LoadDeref:
                    {
                        var v = ((PyCell)slots[ins.Arg].Ref!).Value;
                        if (v.IsNull)
                        {
                            f.Sp = sp; f.Pc = pc;
                            throw Unbound(f.Code, ins.Arg);
                        }

                        slots[sp++] = v;
                        break;
                    }

                case Op.StoreDeref:
                    ((PyCell)slots[ins.Arg].Ref!).Value = slots[--sp];
                    break;
                case Op.LoadClosure:
                    slots[sp++] = slots[ins.Arg];
                    break;
                case Op.MakeCell:
                    slots[ins.Arg] = PyValue.FromObject(new PyCell { Value = slots[ins.Arg] });
                    break;
                case Op.CopyFreeVars:
                    for (var i = 0; i < ins.Arg; i++)
                    {
                        slots[f.Code.SlotCount - ins.Arg + i] = PyValue.FromObject(f.Closure[i]);
                    }

                    break;
                case Op.LoadClassName:
                    f.Sp = sp; f.Pc = pc;
                    slots[sp++] = LoadClassName(f, ins.Arg, thread, pc - 1);
                    break;
                case Op.StoreClassName:
                    f.Namespace![f.Code.Names[ins.Arg]] = slots[--sp];
                    break;
                case Op.LoadBuildClass:
                    slots[sp++] = PyValue.FromObject(Builtins.BuildClass);
                    break;
                case Op.SetupAnnotations:
                    if (ins.Arg < 0)
                    {
                        f.Namespace!.TryAdd("__annotations__", PyValue.FromObject(new PyDict()));
                    }
                    else if (globals[ins.Arg].IsNull)
                    {
                        seq[ins.Arg]++;
                        depth[ins.Arg]++;
                        PyValue.Store(ref globals[ins.Arg], PyValue.FromObject(new PyDict()));
                    }

                    break;
                case Op.LoadSuperAttr:
                    f.Sp = sp; f.Pc = pc;
                    LoadSuperAttribute(slots, ref sp, f.Code.Names[ins.Arg >> 2], ins.Arg, selfAfter: Version >= PythonVersion.Py313);
                    break;
                case Op.LoadClassDeref:
                case Op.LoadFromDictOrDeref:
                    {
                        // A class body's free variable: its namespace first, then the cell.
                        var names = f.Code.Source.CellVars.Concat(f.Code.Source.FreeVars).ToArray();
                        var cellIndex = ins.Op == Op.LoadClassDeref && Version <= PythonVersion.Py310 ? ins.Arg - f.Code.Source.VarNames.Length : ins.Arg - (f.Code.SlotCount - names.Length);
                        var ns = ins.Op == Op.LoadFromDictOrDeref ? slots[--sp].As<PyDictProxy>().Namespace : f.Namespace!;
                        if (!ns.TryGetValue(names[cellIndex], out var v))
                        {
                            v = ((PyCell)slots[ins.Arg].Ref!).Value;
                        }

                        slots[sp++] = v;
                        break;
                    }

                case Op.LoadLocals:
                    slots[sp++] = PyValue.FromObject(new PyDictProxy(f.Namespace!));
                    break;
                case Op.LoadAttr:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var owner = slots[sp - 1];
                        var name = f.Code.Names[ins.Arg];

                        // An instance's own attribute, no property on its class: what GetAttribute finds first.
                        if (owner.Ref is PyInstance instance && !instance.Class.HasProperties && instance.TryGetAttributeInterned(name, out var own))
                        {
                            slots[sp - 1] = own;
                            NoteLoad(thread, instance, PyValue.FromString(name), own, now, f.Code, pc - 1);
                            break;
                        }

                        if (PropertyOf(owner, name) is { Getter: { } getter })
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            // 3.12 specializes LOAD_ATTR_PROPERTY to enter the getter inline; before, C calls it.
                            PushFrame(thread, f, getter, [owner], null, consume: sp - 1, fromNative: Version < PythonVersion.Py312);
                            goto EnterFrame;
                        }

                        slots[sp - 1] = GetAttribute(owner, name);
                        if (IsTracked(owner.Ref) && owner.Ref is not (PyDict or PyList or PyTuple or PySet))
                        {
                            NoteLoad(thread, owner.Ref!, PyValue.FromString(name), slots[sp - 1], now, f.Code, pc - 1);
                        }

                        break;
                    }
                case Op.LoadMethod:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var owner = slots[sp - 1];
                        if (TryUnboundMethod(owner.Ref, f.Code.Names[ins.Arg], out var function))
                        {
                            slots[sp - 1] = function;
                            slots[sp++] = owner.Ref is PySuper super ? super.Self : owner;
                            break;
                        }

                        var method = LookupMethod(owner, f.Code.Names[ins.Arg]);
                        if (method is not null)
                        {
                            slots[sp - 1] = PyValue.FromObject(method);
                            slots[sp++] = owner;
                        }
                        else
                        {
                            slots[sp - 1] = default;
                            slots[sp++] = GetAttribute(owner, f.Code.Names[ins.Arg]);
                        }

                        break;
                    }

                case Op.LoadMethodSelfAfter:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var owner = slots[sp - 1];
                        if (TryUnboundMethod(owner.Ref, f.Code.Names[ins.Arg], out var function))
                        {
                            slots[sp - 1] = function;
                            slots[sp++] = owner.Ref is PySuper super ? super.Self : owner;
                            break;
                        }

                        var method = LookupMethod(owner, f.Code.Names[ins.Arg]);
                        if (method is not null)
                        {
                            slots[sp - 1] = PyValue.FromObject(method);
                            slots[sp++] = owner;
                        }
                        else
                        {
                            slots[sp - 1] = GetAttribute(owner, f.Code.Names[ins.Arg]);
                            slots[sp++] = default;
                        }

                        break;
                    }

                case Op.StoreAttr:
                    f.Sp = sp; f.Pc = pc;
                    if (slots[sp - 1].Ref is PyInstance target && !target.Class.HasProperties)
                    {
                        var name = f.Code.Names[ins.Arg];
                        target.SetAttributeInterned(name, slots[sp - 2]);
                        NoteStore(thread, target, PyValue.FromString(name), slots[sp - 2], now, f.Code, pc - 1);
                        sp -= 2;
                        break;
                    }

                    if (slots[sp - 1].Ref is PyInstance { Class.HasProperties: true } && SpecialOf(slots[sp - 1], "__setattr__") is { } setAttr)
                    {
                        // The class's own __setattr__ (a frozen dataclass's) decides, properties included.
                        SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        var frame = PushFrame(thread, f, setAttr, [slots[sp - 1], PyValue.FromString(f.Code.Names[ins.Arg]), slots[sp - 2]], null, consume: sp - 2);
                        frame.Result = FrameResult.Discarded;
                        goto EnterFrame;
                    }

                    if (PropertyOf(slots[sp - 1], f.Code.Names[ins.Arg]) is { } property)
                    {
                        var setter = property.Setter ?? throw NoSetter(slots[sp - 1], f.Code.Names[ins.Arg]);
                        SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        var frame = PushFrame(thread, f, setter, [slots[sp - 1], slots[sp - 2]], null, consume: sp - 2);
                        frame.Result = FrameResult.Discarded;
                        goto EnterFrame;
                    }

                    if (slots[sp - 1].Ref is PyThreadLocal local)
                    {
                        local.For(thread.Id)[f.Code.Names[ins.Arg]] = slots[sp - 2];
                        sp -= 2;
                        break;
                    }

                    if (TrySetObjectAttribute(slots[sp - 1], f.Code.Names[ins.Arg], slots[sp - 2]))
                    {
                        // A subclass instance's attribute is no item of its dict or list: the ledger tracks items there.
                        if (slots[sp - 1].Ref is not (PyDict or PyList or PyTuple or PySet))
                        {
                            NoteStore(thread, slots[sp - 1].Ref!, PyValue.FromString(f.Code.Names[ins.Arg]), slots[sp - 2], now, f.Code, pc - 1);
                        }

                        sp -= 2;
                        break;
                    }

                    if (TrySetModuleGlobal(slots[sp - 1], f.Code.Names[ins.Arg], slots[sp - 2]))
                    {
                        sp -= 2;
                        break;
                    }

                    throw slots[sp - 1].Ref is PyPlainObject ? NoAttributeOfPlainObject(f.Code.Names[ins.Arg], setting: true) : PythonError.Of(Tags.AttributeError,
                        $"'{PyOps.TypeOf(slots[sp - 1]).Name}' object attribute '{f.Code.Names[ins.Arg]}' is read-only");
                case Op.BinaryOp:
                    {
                        var b = slots[--sp];
                        ref var a = ref slots[sp - 1];
                        if (a.IsInt && b.IsInt && BinaryOps.TryIntFast(ins.Arg, a.Int, b.Int, out var r))
                        {
                            PyValue.SetInt(ref a, r);
                            break;
                        }

                        f.Sp = sp; f.Pc = pc;
                        if (HasPythonClass(a.Ref) || HasPythonClass(b.Ref))
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            if (TryBinarySpecial(thread, f, ins.Arg, a, b, sp - 1))
                            {
                                goto EnterFrame;
                            }
                        }

                        a = PyOps.Binary(ins.Arg, a, b);
                        break;
                    }

                case Op.UnaryNegative:
                    f.Sp = sp; f.Pc = pc;
                    slots[sp - 1] = PyOps.Negate(slots[sp - 1]);
                    break;
                case Op.UnaryPositive:
                    f.Sp = sp; f.Pc = pc;
                    slots[sp - 1] = PyOps.Positive(slots[sp - 1]);
                    break;
                case Op.UnaryInvert:
                    f.Sp = sp; f.Pc = pc;
                    slots[sp - 1] = PyOps.Invert(slots[sp - 1]);
                    break;
                case Op.UnaryNot:
                case Op.ToBool:
                    if (HasPythonClass(slots[sp - 1].Ref) && TruthMethodOf(slots[sp - 1]) is { } truthMethod)
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        CallSpecial(thread, f, truthMethod, [slots[sp - 1]], sp - 1, FrameResult.TruthOf);
                        goto EnterFrame;
                    }

                    slots[sp - 1] = PyValue.FromBool(PyOps.Truthy(slots[sp - 1]) ^ (ins.Op == Op.UnaryNot));
                    break;
                case Op.CompareOp:
                    {
                        var b = slots[--sp];
                        ref var a = ref slots[sp - 1];
                        if (a.IsInt && b.IsInt)
                        {
                            a = PyValue.FromBool(BinaryOps.CompareInts(ins.Arg, a.Int, b.Int));
                        }
                        else
                        {
                            f.Sp = sp; f.Pc = pc;
                            if (HasPythonClass(a.Ref) || HasPythonClass(b.Ref))
                            {
                                SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                                if (TryCompareSpecial(thread, f, ins.Arg, a, b, sp - 1))
                                {
                                    goto EnterFrame;
                                }
                            }

                            if (NeedsEqualityTask(ins.Arg, a, b))
                            {
                                SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                                StartEquality(thread, f, ins.Arg, a, b, sp - 1);
                                goto EnterFrame;
                            }

                            a = PyValue.FromBool(PyOps.Compare(ins.Arg, a, b));
                        }

                        break;
                    }

                case Op.IsOp:
                    {
                        var b = slots[--sp];
                        slots[sp - 1] = PyValue.FromBool(slots[sp - 1].SameAs(b) ^ (ins.Arg != 0));
                        break;
                    }

                case Op.ContainsOp:
                    {
                        if (slots[sp - 2].Ref is PyInstance or PyTuple or PyList or PySet && NeedsKeyedTask(slots, sp, ins))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            StartKeyedInstruction(thread, f, ins);
                            goto EnterFrame;
                        }

                        if (slots[sp - 1].Ref is PyGenerator or Values.Itertools.PyNativeIterator && PulledOperand(slots[sp - 1]))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            switchPolls = StartPulledOperand(thread, f, ins) && legacy;
                            goto Switched;
                        }

                        f.Sp = sp; f.Pc = pc;
                        var container = slots[--sp];
                        if (SpecialOf(container, "__contains__") is { } contains)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, contains, [container, slots[sp - 1]], sp - 1, ins.Arg != 0 ? FrameResult.Negated : FrameResult.Truth);
                            goto EnterFrame;
                        }

                        slots[sp - 1] = PyValue.FromBool(PyOps.Contains(container, slots[sp - 1]) ^ (ins.Arg != 0));
                        break;
                    }

                case Op.BinarySubscr:
                    {
                        if (slots[sp - 1].Ref is PyInstance or PyTuple or PySet && NeedsKeyedTask(slots, sp, ins))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            StartKeyedInstruction(thread, f, ins);
                            goto EnterFrame;
                        }

                        f.Sp = sp; f.Pc = pc;
                        var index = slots[--sp];
                        var container = slots[sp - 1];
                        if ((HasPythonClass(container.Ref) ? SpecialOf(container, "__getitem__") ?? MissingOf(container, index) : ClassGetItem(container.Ref)) is { } getItem)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, getItem, [container, index], sp - 1, FrameResult.ReturnValue);
                            goto EnterFrame;
                        }

                        if (container.Ref is PyDict { IsDefaultDict: true } defaults && defaults.IndexOf(index) < 0)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            if (!MissingKey(thread, f, defaults, index, sp - 1))
                            {
                                goto EnterFrame;
                            }

                            now = FreeThreaded ? thread.Clock : Now;
                            sp = f.Sp;
                        }
                        else
                        {
                            slots[sp - 1] = Subscript(container, index);
                        }

                        if (container.Ref is PyDict or PyList && index.Ref is not PySlice)
                        {
                            NoteLoad(thread, container.Ref, index, slots[sp - 1], now, f.Code, pc - 1);
                        }

                        if (container.Ref is PyDict)
                        {
                            now += Costs.DictItemExtra;
                        }

                        break;
                    }

                case Op.BuildSlice:
                    {
                        var step = ins.Arg == 3 ? slots[--sp] : PyValue.None;
                        var stop = slots[--sp];
                        slots[sp - 1] = PyValue.FromObject(new PySlice(slots[sp - 1], stop, step));
                        break;
                    }

                case Op.BinarySlice:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var stop = slots[--sp];
                        var start = slots[--sp];
                        slots[sp - 1] = Subscript(slots[sp - 1], PyValue.FromObject(new PySlice(start, stop, PyValue.None)));
                        break;
                    }

                case Op.StoreSubscr:
                    {
                        if (slots[sp - 1].Ref is PyInstance or PyTuple or PySet && NeedsKeyedTask(slots, sp, ins))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            StartKeyedInstruction(thread, f, ins);
                            goto EnterFrame;
                        }

                        f.Sp = sp; f.Pc = pc;
                        sp -= 3;
                        if (HasPythonClass(slots[sp + 1].Ref) && SpecialOf(slots[sp + 1], "__setitem__") is { } setItem)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, setItem, [slots[sp + 1], slots[sp + 2], slots[sp]], sp, FrameResult.Discarded);
                            goto EnterFrame;
                        }

                        StoreSubscript(slots[sp + 1], slots[sp + 2], slots[sp]);
                        if (slots[sp + 1].Ref is PyDict or PyList)
                        {
                            NoteStore(thread, slots[sp + 1].Ref!, slots[sp + 2], slots[sp], now, f.Code, pc - 1);
                        }

                        if (slots[sp + 1].Ref is PyDict)
                        {
                            now += Costs.DictItemExtra;
                        }

                        break;
                    }

                case Op.PopJumpIfFalse:
                case Op.PopJumpIfTrue:
                    {
                        var v = slots[--sp];
                        bool truth;
                        if (v.IsBool)
                        {
                            truth = v.Int != 0;
                        }
                        else if (HasPythonClass(v.Ref) && TruthMethodOf(v) is { } jumpTruth)
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, jumpTruth, [v], sp, FrameResult.TruthOf);
                            goto EnterFrame;
                        }
                        else
                        {
                            truth = PyOps.Truthy(v);
                        }

                        var taken = truth == (ins.Op == Op.PopJumpIfTrue);
                        if (taken)
                        {
                            pc = LoopBound > 0 && ins.Arg < pc ? BoundBackwardJump(f, pc - 1, ins.Arg) : ins.Arg;
                        }

                        if (((ins.Check & Loading.CheckKind.IfTaken) != 0 && taken) || ((ins.Check & Loading.CheckKind.IfNotBool) != 0 && !v.IsBool))
                        {
                            goto Poll;
                        }

                        continue;
                    }

                case Op.PopJumpIfNone:
                case Op.PopJumpIfNotNone:
                    {
                        var v = slots[--sp];
                        var taken = v.IsNone == (ins.Op == Op.PopJumpIfNone);
                        if (taken)
                        {
                            pc = LoopBound > 0 && ins.Arg < pc ? BoundBackwardJump(f, pc - 1, ins.Arg) : ins.Arg;
                            if ((ins.Check & Loading.CheckKind.IfTaken) != 0)
                            {
                                goto Poll;
                            }
                        }

                        continue;
                    }

                case Op.JumpIfFalseOrPop:
                case Op.JumpIfTrueOrPop:
                    {
                        var v = slots[sp - 1];
                        if (HasPythonClass(v.Ref) && TruthMethodOf(v) is { } keptTruth)
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, keptTruth, [v], sp, FrameResult.TruthOf);
                            goto EnterFrame;
                        }

                        var truth = PyOps.Truthy(v);
                        if (truth == (ins.Op == Op.JumpIfTrueOrPop))
                        {
                            pc = ins.Arg;
                        }
                        else
                        {
                            sp--;
                        }

                        if ((ins.Check & Loading.CheckKind.IfNotBool) != 0 && !v.IsBool)
                        {
                            goto Poll;
                        }

                        continue;
                    }

                case Op.Jump:
                    pc = LoopBound > 0 && ins.Arg < pc ? BoundBackwardJump(f, pc - 1, ins.Arg) : ins.Arg;
                    break;
                case Op.GetIter:
                    f.Sp = sp; f.Pc = pc;
                    if (HasPythonClass(slots[sp - 1].Ref) && SpecialOf(slots[sp - 1], "__iter__") is { } iter)
                    {
                        SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        CallSpecial(thread, f, iter, [slots[sp - 1]], sp - 1, FrameResult.ReturnValue);
                        goto EnterFrame;
                    }

                    slots[sp - 1] = Iteration.GetIter(slots[sp - 1]);
                    if (LoopBound > 0)
                    {
                        BoundLoop(slots[sp - 1]);
                    }

                    break;
                case Op.ForIter:
                    {
                        if (slots[sp - 1].Ref is PyRangeIterator range)
                        {
                            if (range.TryNext(out var value))
                            {
                                PyValue.Store(ref slots[sp++], PyValue.FromInt(value));
                            }
                            else
                            {
                                sp--;
                                pc = ins.Arg;
                            }

                            break;
                        }

                        f.Sp = sp; f.Pc = pc;
                        if (HasPythonClass(slots[sp - 1].Ref) && SpecialOf(slots[sp - 1], "__next__") is { } next)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, next, [slots[sp - 1]], sp, FrameResult.IterNext);
                            goto EnterFrame;
                        }

                        if (slots[sp - 1].Ref is PyGenerator generator)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            if (ForIterGenerator(thread, f, generator))
                            {
                                switchPolls = legacy;
                                goto Switched;
                            }

                            sp--;
                            pc = ins.Arg;
                            break;
                        }

                        if (slots[sp - 1].Ref is Values.Itertools.PyNativeIterator && IsStepped(slots[sp - 1]))
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            switchPolls = ForIterStepped(thread, f) && legacy;
                            goto Switched;
                        }

                        if (Iteration.Next(slots[sp - 1], out var item))
                        {
                            slots[sp++] = item;
                        }
                        else
                        {
                            sp--;
                            pc = ins.Arg;
                        }

                        break;
                    }

                case Op.EndFor:
                    sp -= ins.Arg;
                    break;
                case Op.BuildTuple:
                    {
                        var items = new PyValue[ins.Arg];
                        sp -= ins.Arg;
                        Array.Copy(slots, sp, items, 0, ins.Arg);
                        slots[sp++] = PyValue.FromObject(new PyTuple(items));
                        break;
                    }

                case Op.BuildList:
                    {
                        var items = new List<PyValue>(ins.Arg);
                        sp -= ins.Arg;
                        for (var i = 0; i < ins.Arg; i++)
                        {
                            items.Add(slots[sp + i]);
                        }

                        slots[sp++] = PyValue.FromObject(new PyList(items));
                        break;
                    }

                case Op.BuildMap:
                    {
                        if (ins.Arg > 0 && NeedsKeyedTask(slots, sp, ins))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            StartKeyedInstruction(thread, f, ins);
                            goto EnterFrame;
                        }

                        f.Sp = sp; f.Pc = pc;
                        var dict = new PyDict();
                        sp -= 2 * ins.Arg;
                        for (var i = 0; i < ins.Arg; i++)
                        {
                            dict.Set(slots[sp + (2 * i)], slots[sp + (2 * i) + 1]);
                        }

                        slots[sp++] = PyValue.FromObject(dict);
                        break;
                    }

                case Op.BuildConstKeyMap:
                    {
                        var keys = slots[--sp].As<PyTuple>();
                        var dict = new PyDict();
                        sp -= ins.Arg;
                        for (var i = 0; i < ins.Arg; i++)
                        {
                            dict.Set(keys.Items[i], slots[sp + i]);
                        }

                        slots[sp++] = PyValue.FromObject(dict);
                        break;
                    }

                case Op.BuildString:
                    {
                        var text = new System.Text.StringBuilder();
                        sp -= ins.Arg;
                        for (var i = 0; i < ins.Arg; i++)
                        {
                            text.Append(slots[sp + i].String);
                        }

                        slots[sp++] = PyValue.FromString(text.ToString());
                        break;
                    }

                case Op.ListAppend:
                    {
                        var v = slots[--sp];
                        slots[sp - ins.Arg].As<PyList>().Items.Add(v);
                        break;
                    }

                case Op.ListExtend:
                    {
                        if (slots[sp - 1].Ref is PyGenerator or Values.Itertools.PyNativeIterator && PulledOperand(slots[sp - 1]))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            switchPolls = StartPulledOperand(thread, f, ins) && legacy;
                            goto Switched;
                        }

                        f.Sp = sp; f.Pc = pc;
                        var v = slots[--sp];
                        slots[sp - ins.Arg].As<PyList>().Items.AddRange(Iteration.ToList(v));
                        break;
                    }

                case Op.ListToTuple:
                    slots[sp - 1] = PyValue.FromObject(new PyTuple([.. slots[sp - 1].As<PyList>().Items]));
                    break;
                case Op.UnpackSequence:
                    {
                        if (slots[sp - 1].Ref is PyGenerator or Values.Itertools.PyNativeIterator && PulledOperand(slots[sp - 1]))
                        {
                            f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            switchPolls = StartPulledOperand(thread, f, ins) && legacy;
                            goto Switched;
                        }

                        f.Sp = sp; f.Pc = pc;
                        var items = Iteration.ToList(slots[--sp]);
                        if (items.Count != ins.Arg)
                        {
                            throw PythonError.Of(Tags.ValueError, items.Count > ins.Arg
                                ? $"too many values to unpack (expected {ins.Arg})"
                                : $"not enough values to unpack (expected {ins.Arg}, got {items.Count})");
                        }

                        for (var i = items.Count - 1; i >= 0; i--)
                        {
                            slots[sp++] = items[i];
                        }

                        break;
                    }

                case Op.FormatValue:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var spec = (ins.Arg & 4) != 0 ? slots[--sp].String : string.Empty;
                        if (spec.Length == 0 && StringMethodOf(slots[sp - 1], (ins.Arg & 3) == 2) is { } toString)
                        {
                            SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                            CallSpecial(thread, f, toString, [slots[sp - 1]], sp - 1, FrameResult.ReturnValue);
                            goto EnterFrame;
                        }

                        var v = PyFormat.Convert(slots[sp - 1], ins.Arg & 3);
                        slots[sp - 1] = PyValue.FromString(PyFormat.Format(v, spec));
                        break;
                    }

                case Op.FormatSimple:
                    f.Sp = sp; f.Pc = pc;
                    if (StringMethodOf(slots[sp - 1], repr: false) is { } str)
                    {
                        SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        CallSpecial(thread, f, str, [slots[sp - 1]], sp - 1, FrameResult.ReturnValue);
                        goto EnterFrame;
                    }

                    slots[sp - 1] = PyValue.FromString(PyFormat.Format(slots[sp - 1], string.Empty));
                    break;
                case Op.FormatWithSpec:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var spec = slots[--sp].String;
                        slots[sp - 1] = PyValue.FromString(PyFormat.Format(slots[sp - 1], spec));
                        break;
                    }

                case Op.ConvertValue:
                    if (ins.Arg != 3 && StringMethodOf(slots[sp - 1], ins.Arg == 2) is { } converter)
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        CallSpecial(thread, f, converter, [slots[sp - 1]], sp - 1, FrameResult.ReturnValue);
                        goto EnterFrame;
                    }

                    slots[sp - 1] = PyFormat.Convert(slots[sp - 1], ins.Arg);
                    break;
                case Op.MakeFunction:
                    sp = MakeFunction(slots, sp, ins.Arg);
                    break;
                case Op.SetFunctionAttribute:
                    {
                        var function = slots[--sp].As<PyFunction>();
                        SetFunctionAttribute(function, slots[sp - 1], ins.Arg);
                        slots[sp - 1] = PyValue.FromObject(function);
                        break;
                    }

                case Op.KwNames:
                    f.KwNames = consts[ins.Arg].As<PyTuple>();
                    break;
                case Op.CallLegacy:
                case Op.CallLegacyKw:
                case Op.CallMethodLegacy:
                case Op.Call311:
                case Op.Call313:
                case Op.CallKw313:
                case Op.CallFunctionEx:
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        if (ins.Op == Op.CallFunctionEx && PulledOperand(slots[CallArgsSlot(sp, ins)]))
                        {
                            switchPolls = StartPulledCallArguments(thread, f, ins);
                            goto Switched;
                        }

                        var outcome = Call(thread, f, ref ins, pc - 1);
                        now = FreeThreaded ? thread.Clock : Now;
                        breakAt = BreakAt;
                        if (outcome == CallOutcome.PythonFrame)
                        {
                            f = thread.Top!;
                            code = f.Code.Code;
                            consts = f.Code.Constants;
                            slots = f.Slots;
                            sp = f.Sp;
                            pc = f.Pc;

                            // 3.9/3.10 poll on frame entry; 3.11+ poll in the callee's RESUME.
                            if (legacy)
                            {
                                goto Poll;
                            }

                            continue;
                        }

                        sp = f.Sp;
                        if (MustStop)
                        {
                            MustStop = false;
                            exit = RunExit.Blocked;
                            goto Exit;
                        }

                        if (outcome == CallOutcome.NativeNoPoll)
                        {
                            continue;
                        }

                        goto Poll;
                    }

                case Op.ReturnValue:
                case Op.ReturnConst:
                    {
                        var value = ins.Op == Op.ReturnConst ? consts[ins.Arg] : slots[--sp];
                        var discarded = f.Result == FrameResult.Discarded;
                        if (f.Result != FrameResult.ReturnValue)
                        {
                            f.Sp = sp; f.Pc = pc;
                            if (f.Result >= FrameResult.Task)
                            {
                                SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                                switchPolls = ReturnSpecial(thread, f, value);
                                goto Switched;
                            }

                            value = FinishFrame(f, value);
                        }

                        var back = f.Back;
                        thread.ReturnFrame();
                        if (back is null)
                        {
                            thread.Top = null;
                            f.Sp = sp;
                            exit = RunExit.Finished;
                            goto Exit;
                        }

                        f = back;
                        thread.Top = f;
                        code = f.Code.Code;
                        consts = f.Code.Constants;
                        slots = f.Slots;
                        sp = f.Sp;
                        pc = f.Pc;
                        if (!discarded)
                        {
                            slots[sp++] = value;
                        }

                        // 3.9/3.10: the caller's CALL_FUNCTION finishes and polls.
                        if (legacy)
                        {
                            goto Poll;
                        }

                        continue;
                    }

                case Op.ImportName:
                    {
                        f.Sp = sp; f.Pc = pc;
                        var name = f.Code.Names[ins.Arg];
                        var fromList = slots[sp - 1];
                        if (Module.Libraries.Count > 0)
                        {
                            SetClock(thread, now);
                            ChargeImport(thread, name, fromList);
                            now = FreeThreaded ? thread.Clock : Now;
                        }

                        sp -= 2;
                        slots[sp++] = ImportResult(name, fromList);
                        break;
                    }
                case Op.ImportFrom:
                    f.Sp = sp; f.Pc = pc;
                    slots[sp] = ImportFrom(slots[sp - 1], f.Code.Names[ins.Arg]);
                    sp++;
                    break;
                case Op.LoadAssertionError:
                    slots[sp++] = PyValue.FromObject(Tags.AssertionError);
                    break;
                case Op.RaiseVarargs:
                    f.Sp = sp; f.Pc = pc;
                    throw Raise(f, ins.Arg);
                case Op.SetupWith:
                case Op.BeforeWith:
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        if (EnterWith(thread, f, ins.Op == Op.SetupWith ? ins.Arg : -1))
                        {
                            goto EnterFrame;
                        }

                        now = FreeThreaded ? thread.Clock : Now;
                        breakAt = BreakAt;
                        sp = f.Sp;
                        if (MustStop)
                        {
                            MustStop = false;
                            exit = RunExit.Blocked;
                            goto Exit;
                        }

                        break;
                    }

                case Op.SetupFinally:
                    f.Blocks.Add((ins.Arg, sp));
                    break;
                case Op.PopBlock:
                    f.Blocks.RemoveAt(f.Blocks.Count - 1);
                    break;
                case Op.PopExcept:
                    sp = PopExcept(f, sp);
                    break;
                case Op.PushExcInfo:
                    {
                        var exc = slots[sp - 1];
                        slots[sp - 1] = f.Handling.IsNull ? PyValue.None : f.Handling;
                        slots[sp++] = exc;
                        f.Handling = exc;
                        break;
                    }

                case Op.Reraise:
                    f.Sp = sp; f.Pc = pc;
                    throw Reraise(f, ins.Arg);
                case Op.WithExceptStart:
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        if (WithExceptStart(thread, f))
                        {
                            goto EnterFrame;
                        }

                        now = FreeThreaded ? thread.Clock : Now;
                        breakAt = BreakAt;
                        sp = f.Sp;
                        if (MustStop)
                        {
                            MustStop = false;
                            exit = RunExit.Blocked;
                            goto Exit;
                        }

                        break;
                    }

                case Op.CheckExcMatch:
                    {
                        var type = slots[--sp];
                        var exc = slots[sp - 1];
                        f.Sp = sp; f.Pc = pc;
                        slots[sp++] = PyValue.FromBool(exc.Ref is PyException e && ExceptionMatches(e.Type, type));
                        break;
                    }

                case Op.YieldValue:
                    {
                        var value = slots[--sp];
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        switchPolls = Deliver(thread, f, value, returned: false);
                        goto Switched;
                    }

                case Op.YieldFrom:
                case Op.Send:
                    f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                    if (SendToReceiver(thread, f, out switchPolls))
                    {
                        goto Switched;
                    }

                    now = FreeThreaded ? thread.Clock : Now;
                    sp = f.Sp;
                    pc = f.Pc;
                    break;
                case Op.EndSend:
                    slots[sp - 2] = slots[sp - 1];
                    sp--;
                    break;
                case Op.GetYieldFromIter:
                    f.Sp = sp; f.Pc = pc;
                    if (slots[sp - 1].Ref is not PyGenerator)
                    {
                        slots[sp - 1] = Iteration.GetIter(slots[sp - 1]);
                    }

                    break;
                case Op.CleanupThrow:
                    f.Sp = sp; f.Pc = pc;
                    CleanupThrow(f);
                    sp = f.Sp;
                    break;
                case Op.StopIterationError:
                    f.Sp = sp; f.Pc = pc;
                    StopIterationError(f);
                    break;
                case Op.ReturnGenerator:
                    // Run by the call that made the generator (StartGenerator); never reached by a resume.
                    break;
                default:
                    if (ins.Op == Op.SetUpdate && PulledOperand(slots[sp - 1]))
                    {
                        // {*gen}: set_update pulls in C, each resume a frame, as LIST_EXTEND's.
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        switchPolls = StartPulledOperand(thread, f, ins) && legacy;
                        goto Switched;
                    }

                    if (ins.Op is Op.BuildSet or Op.SetAdd or Op.MapAdd && NeedsKeyedTask(slots, sp, ins))
                    {
                        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                        StartKeyedInstruction(thread, f, ins);
                        goto EnterFrame;
                    }

                    f.Sp = sp; f.Pc = pc;
                    sp = RunLanguageOp(f, ins);
                    break;
            }

            if ((ins.Check & Loading.CheckKind.After) == 0)
            {
                continue;
            }

            goto Poll;

        Switched:
            // A generator yielded or returned, or a frame was pushed or popped out of line: the thread's top
            // frame is another one, and the thread polls if the instruction that takes up the value does.
            now = FreeThreaded ? thread.Clock : Now;
            breakAt = BreakAt;
            f = thread.Top!;
            code = f.Code.Code;
            consts = f.Code.Constants;
            slots = f.Slots;
            sp = f.Sp;
            pc = f.Pc;
            if (switchPolls)
            {
                goto Poll;
            }

            continue;

        EnterFrame:
            // An attribute access pushed a Python frame (a property's getter or setter), as a call does.
            now = FreeThreaded ? thread.Clock : Now;
            breakAt = BreakAt;
            f = thread.Top!;
            code = f.Code.Code;
            consts = f.Code.Constants;
            slots = f.Slots;
            sp = f.Sp;
            pc = f.Pc;
            if (!legacy)
            {
                continue;
            }

        Poll:
            if (DropRequest && (code[pc].Check & Loading.CheckKind.DeferBefore) == 0
                && !(code[pc].Stretch == Loading.StretchKind.FrameOnly && SkipsCheckPoint(f, pc, sp)))
            {
                exit = RunExit.Yield;
                if (CheckPointSwitch is null)
                {
                    goto Exit;
                }

                // A sampled schedule decides here without leaving the loop (Machine.Exploration.cs).
                f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
                var next = SwitchAtCheckPoint(thread);
                if (next is null)
                {
                    goto Exit;
                }

                if (next != thread)
                {
                    thread = next;
                    loaded = thread.LoadedSeq;
                    loadedDepth = thread.LoadedDepth;
                    switchPolls = false;
                    goto Switched;
                }
            }
        }

    Exit:
        f.Sp = sp; f.Pc = pc; SetClock(thread, now); thread.Instructions += _executed; budget -= _executed; _executed = 0;
        return exit;
    }

    private void SetClock(SimThread thread, long now)
    {
        if (FreeThreaded)
        {
            thread.Clock = now;
        }
        else
        {
            Now = now;
        }
    }
}
