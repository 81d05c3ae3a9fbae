using System.Runtime.CompilerServices;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>
    /// The hot loop's commonest instructions (locals, constants, globals, int arithmetic and comparisons,
    /// range loops, jumps and bool branches)
    /// in a method of their own with no calls, so the JIT keeps pc, sp, the clock and the instruction count in
    /// registers; in <see cref="RunCore"/>, a hundred cases with calls push them onto the stack. Same semantics
    /// as RunCore's cases for what it handles: it stops before anything else (an unbound name, a lost update
    /// to record, a non-int operand, a call), at the time or budget limit, and after a check point where
    /// the thread must yield, which it reports by returning true.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool RunFast(Frame f, long[] loaded, long[] loadedDepth, ref int pcRef, ref int spRef, ref long nowRef, ref long executedRef, long breakAt, long budget)
    {
        var code = f.Code.Code;
        var consts = f.Code.Constants;
        var slots = f.Slots;
        var globals = _globals;
        var seq = _writeSeq;
        var depth = _depth;
        var pc = pcRef;
        var sp = spRef;
        var now = nowRef;
        var executed = executedRef;
        var yield = false;

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

                case Op.StoreGlobal:
                case Op.StoreName:
                    {
                        var slot = ins.Arg;
                        var load = loaded[slot];
                        if (load >= 0 && load != seq[slot])
                        {
                            goto Done;
                        }

                        // Nobody stored since the load (or there was none): the value carries one more update.
                        depth[slot]++;
                        seq[slot]++;
                        loaded[slot] = -1;
                        PyValue.Store(ref globals[slot], slots[--sp]);
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
                        // Bools only: anything else may poll after its truth test (CheckKind.IfNotBool).
                        var v = slots[sp - 1];
                        if (!v.IsBool)
                        {
                            goto Done;
                        }

                        if (LoopBound > 0 && ins.Arg < pc)
                        {
                            goto Done;
                        }

                        sp--;
                        var taken = (v.Int != 0) == (ins.Op == Op.PopJumpIfTrue);
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
                default:
                    goto Done;
            }

            now += ins.Cost;
            executed++;
            pc = next;
            if (poll && DropRequest && (code[pc].Check & CheckKind.DeferBefore) == 0)
            {
                yield = true;
                goto Done;
            }
        }

    Done:
        pcRef = pc;
        spRef = sp;
        nowRef = now;
        executedRef = executed;
        return yield;
    }
}
