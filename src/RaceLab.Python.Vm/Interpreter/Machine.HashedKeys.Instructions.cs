using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The instructions that look a key up in a dict or set whose hash is Python (keyed tasks), or a value in a list whose == is (per-item scans).</summary>
internal sealed partial class Machine
{
    /// <summary>Whether the instruction, its operands on the stack up to <paramref name="sp"/>, has a key that hashes in Python.</summary>
    private static bool NeedsKeyedTask(PyValue[] slots, int sp, Instr ins) => ins.Op switch
    {
        Op.BinarySubscr or Op.DeleteSubscr => KeyRunsPython(slots[sp - 1]) && PlainMapping(slots[sp - 2], ins.Op == Op.BinarySubscr ? "__getitem__" : "__delitem__"),
        Op.StoreSubscr => KeyRunsPython(slots[sp - 1]) && PlainMapping(slots[sp - 2], "__setitem__"),
        Op.ContainsOp => SpecialOf(slots[sp - 1], "__contains__") is null
            && ((KeyRunsPython(slots[sp - 2]) && slots[sp - 1].Ref is PyDict or PySet)
                || (slots[sp - 1].Ref is PyList or PyTuple && ScanNeedsPython(slots[sp - 2], SequenceItems(slots[sp - 1])))),
        Op.BuildSet => AnyKeyRunsPython(slots, sp - ins.Arg, sp, 1),
        Op.BuildMap => AnyKeyRunsPython(slots, sp - (2 * ins.Arg), sp, 2),
        Op.SetAdd => KeyRunsPython(slots[sp - 1]),
        Op.MapAdd => KeyRunsPython(slots[sp - 2]),
        _ => false,
    };

    /// <summary>A list's or tuple's items as they are (no copy: the check runs before every such `in`).</summary>
    private static IEnumerable<PyValue> SequenceItems(PyValue sequence) => sequence.Ref is PyList list ? list.Items : sequence.As<PyTuple>().Items;

    /// <summary>A dict whose class leaves the operation to dict's own.</summary>
    private static bool PlainMapping(PyValue container, string method) =>
        container.Ref is PyDict && (!HasPythonClass(container.Ref) || SpecialOf(container, method) is null);

    private static bool AnyKeyRunsPython(PyValue[] slots, int from, int to, int stride)
    {
        for (var i = from; i < to; i += stride)
        {
            if (KeyRunsPython(slots[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs the instruction (operands up to f.Sp) as a keyed task.</summary>
    private void StartKeyedInstruction(SimThread thread, Frame f, Instr ins)
    {
        var slots = f.Slots;
        var sp = f.Sp;
        switch (ins.Op)
        {
            case Op.BinarySubscr:
                StartKeyed(thread, f, KeyedOp.Subscript, default, [slots[sp - 2]], [slots[sp - 1]], sp - 2);
                break;
            case Op.DeleteSubscr:
                StartKeyed(thread, f, KeyedOp.Delete, default, [slots[sp - 2]], [slots[sp - 1]], sp - 2);
                break;
            case Op.StoreSubscr:
                StartKeyed(thread, f, KeyedOp.Store, default, [slots[sp - 2], slots[sp - 1], slots[sp - 3]], [slots[sp - 1]], sp - 3);
                break;
            case Op.ContainsOp when slots[sp - 1].Ref is PyList or PyTuple:
                f.Sp = sp - 2;
                ContinuePerItem(thread, f, ContainsTask(slots[sp - 1], slots[sp - 2], ins.Arg != 0));
                break;
            case Op.ContainsOp:
                StartKeyed(thread, f, ins.Arg != 0 ? KeyedOp.NotContains : KeyedOp.Contains, default, [slots[sp - 1]], [slots[sp - 2]], sp - 2);
                break;
            case Op.BuildSet:
                StartKeyed(thread, f, KeyedOp.BuildSet, default, [PyValue.FromObject(new PySet(frozen: false))], [.. slots.AsSpan(sp - ins.Arg, ins.Arg)], sp - ins.Arg);
                break;
            case Op.BuildMap:
                StartKeyed(thread, f, KeyedOp.BuildMap, default, [PyValue.FromObject(new PyDict())], [.. slots.AsSpan(sp - (2 * ins.Arg), 2 * ins.Arg)], sp - (2 * ins.Arg));
                break;
            case Op.SetAdd:
                StartKeyed(thread, f, KeyedOp.AddToSet, default, [slots[sp - 1 - ins.Arg]], [slots[sp - 1]], sp - 1);
                break;
            default:
                StartKeyed(thread, f, KeyedOp.AddToMap, default, [slots[sp - 2 - ins.Arg]], [slots[sp - 2], slots[sp - 1]], sp - 2);
                break;
        }
    }
}
