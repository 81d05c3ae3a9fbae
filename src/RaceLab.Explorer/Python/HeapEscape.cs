using RaceLab.Python.Vm.Interpreter;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;
using ThreadState = RaceLab.Python.Vm.Threading.ThreadState;

namespace RaceLab.Explorer.Python;

/// <summary>
/// Whether a heap object can be reached by a thread other than its owner: from another thread's frames, its
/// Thread object (target and arguments) or a global some function reads. The main thread's list of threads is
/// private by this test until it is handed to a worker, so appending to it and iterating it are not
/// scheduling points. Programs under exploration have tiny heaps, so a walk per question is cheap.
/// </summary>
internal sealed class HeapEscape(SharedGlobals globals)
{
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<object> _pending = new();

    public bool IsPrivate(LiveRun live, SimThread owner, object target)
    {
        _seen.Clear();
        _pending.Clear();
        var machine = live.Machine;
        for (var slot = 0; slot < machine.GlobalCount; slot++)
        {
            if (globals.IsUsedByFunctions(slot))
            {
                Push(machine.Global(slot));
            }
        }

        foreach (var thread in live.Threads)
        {
            if (thread == owner || thread.State == ThreadState.Finished)
            {
                continue;
            }

            Push(thread.Object);
            for (var frame = thread.Top; frame is not null; frame = frame.Back)
            {
                for (var i = 0; i < frame.Sp; i++)
                {
                    Push(frame.Slots[i]);
                }

                foreach (var cell in frame.Closure)
                {
                    Push(cell);
                }

                PushNamespace(frame.Namespace);
                Push(frame.ResultPayload as PyHeapObject);
                if (frame.ResultPayload is PyValue payload)
                {
                    Push(payload);
                }

                foreach (var value in (frame.ResultPayload as NativeTask)?.Values() ?? [])
                {
                    Push(value);
                }
            }
        }

        while (_pending.TryPop(out var obj))
        {
            if (ReferenceEquals(obj, target))
            {
                return false;
            }

            PushContents(obj);
        }

        return true;
    }

    private void PushContents(object obj)
    {
        switch (obj)
        {
            case PyList list:
                list.Items.ForEach(Push);
                Push(list.Class);
                PushNamespace(list.Dict);
                break;
            case PySimpleQueue queue:
                foreach (var item in queue.Items.Items)
                {
                    Push(item);
                }

                break;
            case PyDeque deque:
                foreach (var item in deque.Items)
                {
                    Push(item);
                }

                break;
            case RaceLab.Python.Vm.Values.Itertools.PyNativeIterator native:
                Array.ForEach(native.Parts, Push);
                break;
            case PyThreadLocal local:
                foreach (var value in local.PerThread.Values.SelectMany(dict => dict.Values))
                {
                    Push(value);
                }

                break;
            case PyTuple tuple:
                Array.ForEach(tuple.Items, Push);
                Push(tuple.Class);
                PushNamespace(tuple.Dict);
                break;
            case PyDict dict:
                Push(dict.DefaultFactory);
                foreach (var (key, value) in dict.Items)
                {
                    Push(key);
                    Push(value);
                }

                Push(dict.Class);
                PushNamespace(dict.Dict);

                break;
            case PySet set:
                foreach (var item in set.Items)
                {
                    Push(item);
                }

                Push(set.Class);
                PushNamespace(set.Dict);
                break;
            case PyCell cell:
                Push(cell.Value);
                break;
            case PyFunction function:
                Array.ForEach(function.Defaults, Push);
                Push(function.KeywordDefaults);
                Push(function.Annotations);
                Array.ForEach(function.Closure, Push);
                PushNamespace(function.Dict);
                break;

            // Objects of the program's own classes: what they hold is reachable by whoever reaches them.
            case PyInstance instance:
                Push(instance.Class);
                foreach (var (_, value) in instance.GetAttributes())
                {
                    Push(value);
                }

                break;
            case PyClass type:
                Array.ForEach(type.Bases, Push);
                PushNamespace(type.Dict);
                break;
            case PyMethod method:
                Push(method.Self);
                Push(method.Callable);
                break;
            case PySuper super:
                Push(super.After);
                Push(super.Self);
                break;
            case PyStaticMethod staticMethod:
                Push(staticMethod.Function);
                break;
            case PyClassMethod classMethod:
                Push(classMethod.Function);
                break;
            case PyProperty property:
                Push(property.Getter);
                Push(property.Setter);
                break;
            case PyDictProxy proxy:
                PushNamespace(proxy.Namespace);
                break;
            case PyAttributeDict view:
                Push(view.Owner);
                break;
            case PyDictView view:
                Push(view.Dict);
                break;
            case PySequenceIterator sequence:
                Push(sequence.Source);
                break;
            case PyThreadObject thread:
                Push(thread.Target);
                Array.ForEach(thread.Args, Push);
                Push(thread.Kwargs);
                Push(thread.Class);
                PushNamespace(thread.Dict);
                break;
            case PyBoundMethod method:
                Push(method.Self);
                break;
            case PyPartial partial:
                Push(partial.Function);
                Array.ForEach(partial.Args, Push);
                Push(partial.Keywords);
                break;
            case PyLruCache cache:
                Push(cache.Function);
                Push(cache.Cache);
                PushNamespace(cache.Dict);
                break;
            case PySlice slice:
                Push(slice.Start);
                Push(slice.Stop);
                Push(slice.Step);
                break;
            case PyGenerator generator:
                // A suspended generator holds its locals and stack; a running one is on a thread's stack too.
                for (var i = 0; i < generator.Frame.Sp; i++)
                {
                    Push(generator.Frame.Slots[i]);
                }

                Array.ForEach(generator.Frame.Closure, Push);
                break;
            case PyException exception:
                Array.ForEach(exception.Args, Push);
                Push(exception.Type);
                PushNamespace(exception.Dict);
                Push(exception.Cause);
                Push(exception.Context);
                break;
        }
    }

    private void PushNamespace(Dictionary<string, PyValue>? names)
    {
        if (names is null)
        {
            return;
        }

        foreach (var value in names.Values)
        {
            Push(value);
        }
    }

    private void Push(PyValue value) => Push(value.Ref);

    private void Push(object? obj)
    {
        if (obj is not null and not string and not PyBigInt && _seen.Add(obj))
        {
            _pending.Push(obj);
        }
    }
}
