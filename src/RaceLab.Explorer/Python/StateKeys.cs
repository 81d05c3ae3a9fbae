using System.Globalization;
using RaceLab.Explorer.Machines;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Serialises the whole VM state for the visited-state table: output so far, globals, every thread's frames
/// (code, program counter, value stack, locals, block stack), and the heap they reach (lists, dicts,
/// iterators, cells, thread objects, locks and their owners), objects by first-visit identity so sharing is
/// preserved, threads by their canonical position. Timing and statistics are left out: they do not change
/// what a thread does next under the explorer.
/// </summary>
internal sealed class StateKeys(StateKeyWriter writer, LiveRun live, Func<SimThread, int> position)
{
    private readonly Dictionary<object, int> _seen = new(ReferenceEqualityComparer.Instance);

    public void WriteMachine()
    {
        var machine = live.Machine;
        writer.Write(machine.Stdout);
        for (var slot = 0; slot < machine.GlobalCount; slot++)
        {
            WriteValue(machine.Global(slot));
        }

        // 3.11+ specialization warm-up is shared, and decides whether some calls poll.
        var warm = machine.WarmCounters;
        for (var code = 0; code < warm.Length; code++)
        {
            for (var pc = 0; pc < warm[code].Length; pc++)
            {
                if (warm[code][pc] != 0)
                {
                    writer.Write(code);
                    writer.Write(pc);
                    writer.Write(Math.Min(warm[code][pc], machine.WarmThreshold));
                }
            }
        }

        writer.Write(-1);
    }

    public void WriteThread(SimThread thread)
    {
        writer.Write(thread.Started ? 1 : 0);
        switch (thread.State)
        {
            case ThreadState.Finished:
                writer.Write(0);
                break;
            case ThreadState.Blocked when thread.BlockedOnLock is { } lockObject:
                writer.Write(1);
                WriteObject(lockObject);
                break;
            case ThreadState.Blocked:
                writer.Write(2);
                writer.Write(thread.BlockedOnThread is { } other ? position(other) : -1);
                break;
            default:
                writer.Write(3);
                break;
        }

        writer.Write(thread.Uncaught is { } uncaught ? uncaught.Type.Name : string.Empty);
        writer.Write(thread.Depth);
        for (var frame = thread.Top; frame is not null; frame = frame.Back)
        {
            writer.Write(frame.Code.Id);
            writer.Write(frame.Pc);
            writer.Write(frame.Sp);
            for (var i = 0; i < frame.Sp; i++)
            {
                WriteValue(frame.Slots[i]);
            }

            writer.Write(frame.Blocks.Count);
            foreach (var (handler, level) in frame.Blocks)
            {
                writer.Write(handler);
                writer.Write(level);
            }

            WriteValue(frame.Handling);
            writer.Write(frame.Closure.Length);
            foreach (var cell in frame.Closure)
            {
                WriteObject(cell);
            }
        }
    }

    private void WriteValue(PyValue value)
    {
        switch (value.Ref)
        {
            case null:
                writer.Write(0);
                return;
            case string text:
                writer.Write(5);
                writer.Write(text);
                return;
            case PyBigInt big:
                writer.Write(6);
                writer.Write(big.Value.ToString(CultureInfo.InvariantCulture));
                return;
        }

        if (value.IsInt || value.IsBool || value.IsFloat || value.IsNone)
        {
            writer.Write(value.IsInt ? 1 : value.IsBool ? 2 : value.IsFloat ? 3 : 4);
            writer.Write(value.Bits);
            return;
        }

        WriteObject(value.Ref);
    }

    private void WriteObject(object obj)
    {
        if (_seen.TryGetValue(obj, out var id))
        {
            writer.Write(7);
            writer.Write(id);
            return;
        }

        _seen[obj] = _seen.Count;
        switch (obj)
        {
            case PyList list:
                writer.Write(10);
                WriteValues(list.Items);
                break;
            case PyTuple tuple:
                writer.Write(11);
                WriteValues(tuple.Items);
                break;
            case PyDict dict:
                writer.Write(12);
                writer.Write(dict.Items.Count);
                foreach (var (key, item) in dict.Items)
                {
                    WriteValue(key);
                    WriteValue(item);
                }

                break;
            case PyRange range:
                writer.Write(13);
                writer.Write(range.Start);
                writer.Write(range.Stop);
                writer.Write(range.Step);
                break;
            case PyRangeIterator iterator:
                writer.Write(14);
                writer.Write(iterator.Next);
                writer.Write(iterator.Remaining);
                writer.Write(iterator.Step);
                break;
            case PySequenceIterator sequence:
                writer.Write(15);
                writer.Write(sequence.Position);
                writer.Write(sequence.Limit);
                break;
            case PyCell cell:
                writer.Write(16);
                WriteValue(cell.Value);
                break;
            case PyFunction function:
                writer.Write(17);
                writer.Write(function.Code.Id);
                WriteValues(function.Defaults);
                writer.Write(function.Closure.Length);
                foreach (var cell in function.Closure)
                {
                    WriteObject(cell);
                }

                break;
            case PyThreadObject threadObject:
                writer.Write(18);
                writer.Write(threadObject.Thread is { } thread ? position(thread) : -1);
                WriteValue(threadObject.Target);
                WriteValues(threadObject.Args);
                break;
            case PyLock lockObject:
                writer.Write(19);
                writer.Write(lockObject.Owner is { } owner ? position(owner) : -1);
                break;
            case PyBoundMethod method:
                writer.Write(20);
                WriteValue(method.Self);
                writer.Write(method.Function.Name);
                break;
            case PyException exception:
                writer.Write(21);
                writer.Write(exception.Type.Name);
                WriteValues(exception.Args);
                break;
            case PyModule module:
                writer.Write(22);
                writer.Write(module.Name);
                break;
            case PyBuiltin builtin:
                writer.Write(23);
                writer.Write(builtin.Name);
                break;
            case PyType type:
                writer.Write(24);
                writer.Write(type.Name);
                break;
            default:
                writer.Write(99);
                writer.Write(obj.GetType().Name);
                break;
        }
    }

    private void WriteValues(IReadOnlyList<PyValue> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            WriteValue(value);
        }
    }
}
