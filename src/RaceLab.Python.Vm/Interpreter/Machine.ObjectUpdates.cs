using System.Runtime.CompilerServices;
using RaceLab.Python.Vm.Accounting;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The lost-update ledger for attributes and items, with the same net accounting as for globals: a thread's
/// load of <c>self.value</c> or <c>counts[key]</c> remembers the location's write count and the updates its
/// value carried; its store after others stored there erases what they added since.
/// </summary>
internal sealed partial class Machine
{
    private readonly Dictionary<Location, LocationHistory> _locations = new(LocationComparer.Instance);

    // The instance attribute History found last (an instance keeps each attribute's history for good).
    private PyInstance? _lastHistoryOwner;
    private string? _lastHistoryName;
    private LocationHistory? _lastHistory;

    /// <summary>Attributes of instances and classes and items of dicts and lists are tracked; the rest are not state.</summary>
    private static bool IsTracked(object? owner) => owner is PyInstance or PyThreadObject { Class: not null } or PyClass or PyDict or PyList;

    private void NoteLoad(SimThread thread, object owner, PyValue key, PyValue value, long now, CompiledCode code, int pc)
    {
        if (!CountsLostUpdates)
        {
            return;
        }

        var history = History(owner, key);
        var last = thread.LastLoadHistory;
        if (last is not null && !ReferenceEquals(last, history))
        {
            thread.ObjectLoads[last] = thread.LastObjectLoad;
        }

        if (thread.ObjectLoads.Count > 0)
        {
            thread.ObjectLoads.Remove(history);
        }

        thread.LastLoadHistory = history;
        thread.LastLoadSeq = history.Seq;
        thread.LastLoadDepth = history.Depth;
        if (Ledger.Tracing)
        {
            thread.LastLoadRecord = new LoadRecord(now, code, pc, PyFormat.Repr(value), 0);
        }
    }

    /// <summary>Takes the thread's pending load of <paramref name="history"/>, if any (see SimThread.LastObjectLoad).</summary>
    private static bool TakeLoad(SimThread thread, LocationHistory history, out LocationLoad load)
    {
        if (ReferenceEquals(thread.LastLoadHistory, history))
        {
            load = thread.LastObjectLoad;
            thread.LastLoadHistory = null;
            return true;
        }

        load = default;
        return thread.ObjectLoads.Count > 0 && thread.ObjectLoads.Remove(history, out load);
    }

    private void NoteStore(SimThread thread, object owner, PyValue key, PyValue value, long now, CompiledCode code, int pc)
    {
        if (!CountsLostUpdates)
        {
            return;
        }

        var history = History(owner, key);
        if (TakeLoad(thread, history, out var load)
            && (load.Seq == history.Seq || !BlindWrites.StoresConstant(code, pc)))
        {
            if (load.Seq != history.Seq)
            {
                Ledger.RecordLost(thread, Describe(history.Where), load.Record, history.Seq - load.Seq, history.Depth - load.Depth, now, code, pc, value);
            }

            history.Depth = load.Depth + 1;
        }
        else
        {
            history.Depth++;
        }

        history.Seq++;
    }

    /// <summary>
    /// A location's history: an instance keeps its attributes' own (the hot case, one lookup by the interned
    /// name); anything else is found by (object, key).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private LocationHistory History(object owner, PyValue key) =>
        // `self.value += 1` loads and stores one location: its history is the one found last.
        ReferenceEquals(owner, _lastHistoryOwner) && ReferenceEquals(key.Ref, _lastHistoryName) ? _lastHistory! : FindHistory(owner, key);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private LocationHistory FindHistory(object owner, PyValue key)
    {
        if (owner is PyInstance instance && key.IsString)
        {
            instance.Histories ??= new(StringComparer.Ordinal);
            if (!instance.Histories.TryGetValue(key.String, out var own))
            {
                own = new LocationHistory(new Location(owner, key));
                instance.Histories[key.String] = own;
            }

            (_lastHistoryOwner, _lastHistoryName, _lastHistory) = (instance, key.String, own);
            return own;
        }

        var location = new Location(owner, key);
        if (!_locations.TryGetValue(location, out var history))
        {
            history = new LocationHistory(location);
            _locations[location] = history;
        }

        return history;
    }

    /// <summary>How a story names the location: <c>Counter.value</c>, <c>dict['hits']</c>.</summary>
    private static string Describe(Location location) => location.Owner switch
    {
        PyInstance i => $"{i.Class.Name}.{location.Key.String}",
        PyThreadObject { Class: { } c } => $"{c.Name}.{location.Key.String}",
        PyClass c => $"{c.Name}.{location.Key.String}",
        PyDict => $"dict[{PyFormat.Repr(location.Key)}]",
        PyList => $"list[{PyFormat.Repr(location.Key)}]",
        _ => PyFormat.Repr(location.Key),
    };
}
