using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// A built-in call that must run Python code before it can finish: draining a generator it was given, or
/// calling a key, map or filter function written in Python. CPython runs that code in frames of its own
/// under the C call, where threads can switch; so does the VM: the task pushes one frame at a time and is
/// resumed (Machine.Tasks) with what each one returns or yields. Plain data, so the explorer can copy it.
/// </summary>
internal sealed class NativeTask
{
    /// <summary>The built-in to call once every argument is ready (min, sorted, list, str.join...).</summary>
    public required PyValue Callable { get; set; }

    /// <summary>Its arguments, positional then keyword; a drained generator is replaced by a list of its items.</summary>
    public required PyValue[] Args { get; set; }

    public PyTuple? KwNames { get; set; }

    public NativeTaskKind Kind { get; set; }

    /// <summary>Drain: the argument being drained. Keys, Map, Filter: the item whose call is running.</summary>
    public int Index { get; set; }

    /// <summary>Keys, Map, Filter: the Python function called on each item.</summary>
    public PyValue Function { get; set; }

    /// <summary>Drain: the items so far. Keys, Map, Filter: the items the function is called on.</summary>
    public List<PyValue> Items { get; set; } = [];

    /// <summary>Keys: each item's key. Map: each result. Filter: the items kept.</summary>
    public List<PyValue> Results { get; set; } = [];

    /// <summary>Keyed: the hash of the key being looked up.</summary>
    public long Hash { get; set; }

    /// <summary>Keyed: the entry (of <see cref="Results"/>) being compared with the key.</summary>
    public int Probe { get; set; }

    /// <summary>Keyed: the comparison step running (-1: the key's __hash__).</summary>
    public int Step { get; set; }

    /// <summary>Keyed: the entry found equal to the key (null: none yet).</summary>
    public PyValue Found { get; set; }

    /// <summary>
    /// Keyed, PerItem, Equality: the answers (bools) of the Python <c>__eq__</c> calls an == of containers made so
    /// far, replayed by Machine.Equality until it decides or needs the next one.
    /// </summary>
    public List<PyValue> Answers { get; set; } = [];

    /// <summary>Step: who takes the item the step pulls.</summary>
    public StepConsumer Consumer { get; set; }

    /// <summary>Step for <see cref="StepConsumer.Task"/>: the task (a drain, an outer step) waiting for the item.</summary>
    public NativeTask? Parent { get; set; }

    /// <summary>A copy for the explorer, every value mapped.</summary>
    public NativeTask Copy(Func<PyValue, PyValue> map) => new()
    {
        Callable = map(Callable),
        Args = [.. Args.Select(map)],
        KwNames = KwNames,
        Kind = Kind,
        Index = Index,
        Function = map(Function),
        Items = [.. Items.Select(map)],
        Results = [.. Results.Select(map)],
        Hash = Hash,
        Probe = Probe,
        Step = Step,
        Found = map(Found),
        Answers = [.. Answers],
        Consumer = Consumer,
        Parent = Parent?.Copy(map),
    };

    /// <summary>Every value the task holds (state keys, reachability).</summary>
    public IEnumerable<PyValue> Values() =>
        [Callable, .. Args, Function, .. Items, .. Results, PyValue.FromInt(Hash), PyValue.FromInt(Probe), PyValue.FromInt(Step), Found, .. Answers,
            PyValue.FromInt((int)Consumer), .. Parent is null ? [] : (IEnumerable<PyValue>)[PyValue.FromInt((int)Parent.Kind), PyValue.FromInt(Parent.Index), .. Parent.Values()]];
}
