using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>The built-in namespace and the modules (threading, sys) the VM provides.</summary>
internal static class Builtins
{
    public static readonly PyBuiltin ListAppend = new(BuiltinId.ListAppend, "append");
    public static readonly PyBuiltin IntBitLength = new(BuiltinId.IntBitLength, "bit_length");
    public static readonly PyBuiltin ChainFromIterable = new(BuiltinId.ItertoolsChainFromIterable, "from_iterable");
    public static readonly PyBuiltin ListPop = new(BuiltinId.ListPop, "pop");
    public static readonly PyBuiltin ListExtend = new(BuiltinId.ListExtend, "extend");
    public static readonly PyBuiltin DictViewIsDisjoint = new(BuiltinId.DictViewIsDisjoint, "isdisjoint");
    public static readonly PyBuiltin LockAcquire = new(BuiltinId.LockAcquire, "acquire");
    public static readonly PyBuiltin LockRelease = new(BuiltinId.LockRelease, "release");
    public static readonly PyBuiltin LockEnter = new(BuiltinId.LockEnter, "__enter__");
    public static readonly PyBuiltin LockExit = new(BuiltinId.LockExit, "__exit__");
    public static readonly PyBuiltin LockLocked = new(BuiltinId.LockLocked, "locked");
    public static readonly PyBuiltin ThreadStart = new(BuiltinId.ThreadStart, "start");
    public static readonly PyBuiltin ThreadJoin = new(BuiltinId.ThreadJoin, "join");
    public static readonly PyBuiltin ThreadIsAlive = new(BuiltinId.ThreadIsAlive, "is_alive");
    /// <summary>The list methods beyond append/pop/extend, by name.</summary>
    public static readonly Dictionary<string, PyBuiltin> ListMethods = Methods(
        (BuiltinId.ListIndex, "index"), (BuiltinId.ListCount, "count"), (BuiltinId.ListInsert, "insert"),
        (BuiltinId.ListRemove, "remove"), (BuiltinId.ListReverse, "reverse"), (BuiltinId.ListClear, "clear"),
        (BuiltinId.ListCopy, "copy"), (BuiltinId.ListSort, "sort"));

    /// <summary>The dict methods, by name (all C code in CPython: atomic under the GIL).</summary>
    public static readonly Dictionary<string, PyBuiltin> DictMethods = Methods(
        (BuiltinId.DictGet, "get"), (BuiltinId.DictSetDefault, "setdefault"), (BuiltinId.DictPop, "pop"),
        (BuiltinId.DictUpdate, "update"), (BuiltinId.DictItems, "items"), (BuiltinId.DictKeys, "keys"),
        (BuiltinId.DictValues, "values"), (BuiltinId.DictClear, "clear"), (BuiltinId.DictCopy, "copy"));

    /// <summary>The set methods, by name (C code in CPython: each call atomic under the GIL).</summary>
    public static readonly Dictionary<string, PyBuiltin> SetMethods = Methods(
        (BuiltinId.SetAdd, "add"), (BuiltinId.SetDiscard, "discard"), (BuiltinId.SetRemove, "remove"),
        (BuiltinId.SetPop, "pop"), (BuiltinId.SetClear, "clear"), (BuiltinId.SetCopy, "copy"),
        (BuiltinId.SetUpdate, "update"), (BuiltinId.SetUnion, "union"), (BuiltinId.SetIntersection, "intersection"),
        (BuiltinId.SetDifference, "difference"), (BuiltinId.SetIsSubset, "issubset"), (BuiltinId.SetIsSuperset, "issuperset"));

    /// <summary>The str methods, by name.</summary>
    public static readonly Dictionary<string, PyBuiltin> StrMethods = Methods(
        (BuiltinId.StrJoin, "join"), (BuiltinId.StrFormat, "format"), (BuiltinId.StrSplit, "split"),
        (BuiltinId.StrUpper, "upper"), (BuiltinId.StrLower, "lower"), (BuiltinId.StrStrip, "strip"),
        (BuiltinId.StrStartsWith, "startswith"), (BuiltinId.StrEndsWith, "endswith"), (BuiltinId.StrReplace, "replace"),
        (BuiltinId.StrRsplit, "rsplit"), (BuiltinId.StrSplitlines, "splitlines"), (BuiltinId.StrLstrip, "lstrip"),
        (BuiltinId.StrRstrip, "rstrip"), (BuiltinId.StrFind, "find"), (BuiltinId.StrRfind, "rfind"), (BuiltinId.StrIndex, "index"),
        (BuiltinId.StrRindex, "rindex"), (BuiltinId.StrCount, "count"), (BuiltinId.StrPartition, "partition"),
        (BuiltinId.StrRpartition, "rpartition"), (BuiltinId.StrIsDigit, "isdigit"), (BuiltinId.StrIsAlpha, "isalpha"),
        (BuiltinId.StrIsAlnum, "isalnum"), (BuiltinId.StrIsSpace, "isspace"), (BuiltinId.StrIsUpper, "isupper"),
        (BuiltinId.StrIsLower, "islower"), (BuiltinId.StrTitle, "title"), (BuiltinId.StrCapitalize, "capitalize"),
        (BuiltinId.StrSwapCase, "swapcase"), (BuiltinId.StrCenter, "center"), (BuiltinId.StrLjust, "ljust"),
        (BuiltinId.StrRjust, "rjust"), (BuiltinId.StrZfill, "zfill"));

    /// <summary>The deque methods, by name (C in CPython: atomic under the GIL).</summary>
    public static readonly Dictionary<string, PyBuiltin> DequeMethods = Methods(
        (BuiltinId.DequeAppend, "append"), (BuiltinId.DequeAppendLeft, "appendleft"), (BuiltinId.DequePop, "pop"),
        (BuiltinId.DequePopLeft, "popleft"), (BuiltinId.DequeExtend, "extend"), (BuiltinId.DequeClear, "clear"),
        (BuiltinId.DequeRemove, "remove"));

    /// <summary>SimpleQueue's methods (C in CPython).</summary>
    public static readonly Dictionary<string, PyBuiltin> RandomCoreMethods = Methods(
        (BuiltinId.RandomCoreRandom, "random"), (BuiltinId.RandomCoreSeed, "seed"), (BuiltinId.RandomCoreGetRandBits, "getrandbits"));

    /// <summary>sys.stdout's and sys.stderr's methods (C's _io.TextIOWrapper).</summary>
    public static readonly Dictionary<string, PyBuiltin> TextStreamMethods = Methods(
        (BuiltinId.StreamWrite, "write"), (BuiltinId.StreamFlush, "flush"));

    /// <summary>io.StringIO's methods (C's _io.StringIO).</summary>
    public static readonly Dictionary<string, PyBuiltin> StringIOMethods = Methods(
        (BuiltinId.StringIOWrite, "write"), (BuiltinId.StringIOGetValue, "getvalue"), (BuiltinId.StringIORead, "read"),
        (BuiltinId.StringIOReadLine, "readline"), (BuiltinId.StringIOSeek, "seek"), (BuiltinId.StringIOTell, "tell"),
        (BuiltinId.StringIOTruncate, "truncate"), (BuiltinId.StringIOFlush, "flush"), (BuiltinId.StringIOClose, "close"),
        (BuiltinId.StringIOExit, "__exit__"));

    public static readonly Dictionary<string, PyBuiltin> SimpleQueueMethods = Methods(
        (BuiltinId.QueuePut, "put"), (BuiltinId.QueuePut, "put_nowait"), (BuiltinId.QueueGet, "get"),
        (BuiltinId.QueueGet, "get_nowait"), (BuiltinId.QueueEmptyMethod, "empty"), (BuiltinId.QueueSize, "qsize"));

    public static readonly PyBuiltin CacheInfo = new(BuiltinId.CacheInfo, "cache_info");
    public static readonly PyBuiltin CacheClear = new(BuiltinId.CacheClear, "cache_clear");
    public static readonly PyBuiltin DescriptorGet = new(BuiltinId.DescriptorGet, "__get__");
    public static readonly PyBuiltin ThreadInit = new(BuiltinId.ThreadInit, "__init__");
    public static readonly PyBuiltin ThreadRun = new(BuiltinId.ThreadRun, "run");
    public static readonly PyBuiltin ObjectInit = new(BuiltinId.ObjectInit, "__init__");
    public static readonly PyBuiltin ObjectNew = new(BuiltinId.ObjectNew, "__new__");

    /// <summary>The __new__ of each built-in type a class may subclass: which type's it is decides what it makes and refuses.</summary>
    private static readonly Dictionary<PyType, PyBuiltin> TypeNews = new[] { Tags.Int, Tags.Float, Tags.Str, Tags.Tuple, Tags.List, Tags.Dict, Tags.Set, Tags.FrozenSet }
        .ToDictionary(t => t, t => new PyBuiltin(BuiltinId.ObjectNew, "__new__") { NewOwner = t });

    /// <summary><c>T.__new__</c> for a built-in type T (object's for every type without one of its own here).</summary>
    public static PyBuiltin NewOf(PyType type) => TypeNews.GetValueOrDefault(type) ?? ObjectNew;
    public static readonly PyBuiltin ObjectSetAttr = new(BuiltinId.ObjectSetAttr, "__setattr__");
    public static readonly PyBuiltin ContainerInit = new(BuiltinId.ContainerInit, "__init__");

    /// <summary>The operators and conversions int, float and str have as methods (what an override reaches with super()).</summary>
    public static readonly Dictionary<string, PyBuiltin> ValueDunders = new[] { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor", "lshift", "rshift" }
        .SelectMany(op => new[] { $"__{op}__", $"__r{op}__" })
        .Concat(["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__neg__", "__pos__", "__abs__", "__int__", "__index__", "__float__", "__bool__", "__str__", "__repr__", "__format__"])
        .ToDictionary(name => name, name => new PyBuiltin(BuiltinId.ValueDunder, name), StringComparer.Ordinal);

    /// <summary>A hashable built-in type's __hash__ (<c>__hash__ = str.__hash__</c> beside an <c>__eq__</c>): hash() itself.</summary>
    public static readonly PyBuiltin DunderHash = new(BuiltinId.Hash, "__hash__");

    /// <summary>The special methods dict, list and tuple share (what super().__setitem__ in a subclass finds).</summary>
    public static readonly Dictionary<string, PyBuiltin> ContainerDunders = Methods(
        (BuiltinId.DunderGetItem, "__getitem__"), (BuiltinId.DunderSetItem, "__setitem__"), (BuiltinId.DunderDelItem, "__delitem__"),
        (BuiltinId.DunderContains, "__contains__"), (BuiltinId.DunderLen, "__len__"), (BuiltinId.DunderIter, "__iter__"),
        (BuiltinId.DunderRepr, "__repr__"));
    public static readonly PyBuiltin PropertySetter = new(BuiltinId.PropertySetter, "setter");
    public static readonly PyBuiltin ExceptionInit = new(BuiltinId.ExceptionInit, "__init__");
    public static readonly PyBuiltin BuildClass = new(BuiltinId.BuildClass, "__build_class__");
    public static readonly PyBuiltin GenSend = new(BuiltinId.GenSend, "send");
    public static readonly PyBuiltin GenThrow = new(BuiltinId.GenThrow, "throw");
    public static readonly PyBuiltin GenClose = new(BuiltinId.GenClose, "close");
    public static readonly PyBuiltin GenNext = new(BuiltinId.GenNext, "__next__");

    private static readonly Dictionary<string, PyValue> BuiltinTable = new()
    {
        ["print"] = Fn(BuiltinId.Print, "print"),
        ["len"] = Fn(BuiltinId.Len, "len"),
        ["range"] = Fn(BuiltinId.Range, "range"),
        ["max"] = Fn(BuiltinId.Max, "max"),
        ["min"] = Fn(BuiltinId.Min, "min"),
        ["abs"] = Fn(BuiltinId.Abs, "abs"),
        ["isinstance"] = Fn(BuiltinId.IsInstance, "isinstance"),
        ["issubclass"] = Fn(BuiltinId.IsSubclass, "issubclass"),
        ["sum"] = Fn(BuiltinId.Sum, "sum"),
        ["repr"] = Fn(BuiltinId.Repr, "repr"),
        ["super"] = Fn(BuiltinId.Super, "super"),
        ["sorted"] = Fn(BuiltinId.Sorted, "sorted"),
        ["hasattr"] = Fn(BuiltinId.HasAttr, "hasattr"),
        ["callable"] = Fn(BuiltinId.Callable, "callable"),
        ["vars"] = Fn(BuiltinId.Vars, "vars"),
        ["delattr"] = Fn(BuiltinId.DelAttr, "delattr"),
        ["getattr"] = Fn(BuiltinId.GetAttr, "getattr"),
        ["setattr"] = Fn(BuiltinId.SetAttr, "setattr"),
        ["staticmethod"] = Fn(BuiltinId.StaticMethod, "staticmethod"),
        ["classmethod"] = Fn(BuiltinId.ClassMethod, "classmethod"),
        ["property"] = Fn(BuiltinId.Property, "property"),
        ["enumerate"] = Fn(BuiltinId.Enumerate, "enumerate"),
        ["zip"] = Fn(BuiltinId.Zip, "zip"),
        ["map"] = Fn(BuiltinId.Map, "map"),
        ["filter"] = Fn(BuiltinId.Filter, "filter"),
        ["reversed"] = Fn(BuiltinId.Reversed, "reversed"),
        ["any"] = Fn(BuiltinId.Any, "any"),
        ["all"] = Fn(BuiltinId.All, "all"),
        ["id"] = Fn(BuiltinId.Id, "id"),
        ["hash"] = Fn(BuiltinId.Hash, "hash"),
        ["int"] = PyValue.FromObject(Tags.Int),
        ["bool"] = PyValue.FromObject(Tags.Bool),
        ["float"] = PyValue.FromObject(Tags.Float),
        ["str"] = PyValue.FromObject(Tags.Str),
        ["list"] = PyValue.FromObject(Tags.List),
        ["tuple"] = PyValue.FromObject(Tags.Tuple),
        ["dict"] = PyValue.FromObject(Tags.Dict),
        ["set"] = PyValue.FromObject(Tags.Set),
        ["frozenset"] = PyValue.FromObject(Tags.FrozenSet),
        ["type"] = PyValue.FromObject(Tags.Type),
        ["object"] = PyValue.FromObject(Tags.Object),
        ["None"] = PyValue.None,
        ["NotImplemented"] = PyValue.FromObject(PyNotImplemented.Instance),
        ["True"] = PyValue.True,
        ["False"] = PyValue.False,
        ["BaseException"] = PyValue.FromObject(Tags.BaseException),
        ["Exception"] = PyValue.FromObject(Tags.Exception),
        ["AssertionError"] = PyValue.FromObject(Tags.AssertionError),
        ["ValueError"] = PyValue.FromObject(Tags.ValueError),
        ["TypeError"] = PyValue.FromObject(Tags.TypeError),
        ["RuntimeError"] = PyValue.FromObject(Tags.RuntimeError),
        ["ZeroDivisionError"] = PyValue.FromObject(Tags.ZeroDivisionError),
        ["IndexError"] = PyValue.FromObject(Tags.IndexError),
        ["KeyError"] = PyValue.FromObject(Tags.KeyError),
        ["NameError"] = PyValue.FromObject(Tags.NameError),
        ["AttributeError"] = PyValue.FromObject(Tags.AttributeError),
        ["ImportError"] = PyValue.FromObject(Tags.ImportError),
        ["UnboundLocalError"] = PyValue.FromObject(Tags.UnboundLocalError),
        ["OverflowError"] = PyValue.FromObject(Tags.OverflowError),
        ["ArithmeticError"] = PyValue.FromObject(Tags.ArithmeticError),
        ["LookupError"] = PyValue.FromObject(Tags.LookupError),
        ["NotImplementedError"] = PyValue.FromObject(Tags.NotImplementedError),
        ["RecursionError"] = PyValue.FromObject(Tags.RecursionError),
        ["OSError"] = PyValue.FromObject(Tags.OSError),
        ["TimeoutError"] = PyValue.FromObject(Tags.TimeoutError),
        ["SystemExit"] = PyValue.FromObject(Tags.SystemExit),
        ["KeyboardInterrupt"] = PyValue.FromObject(Tags.KeyboardInterrupt),
        ["GeneratorExit"] = PyValue.FromObject(Tags.GeneratorExit),
        ["StopIteration"] = PyValue.FromObject(Tags.StopIteration),
        ["next"] = Fn(BuiltinId.Next, "next"),
        ["iter"] = Fn(BuiltinId.Iter, "iter"),
    };

    public static IReadOnlyDictionary<string, PyValue> Table() => BuiltinTable;

    public static readonly PyBuiltin LockIsOwned = new(BuiltinId.LockIsOwned, "_is_owned");
    public static readonly PyBuiltin LockReleaseSave = new(BuiltinId.LockReleaseSave, "_release_save");
    public static readonly PyBuiltin LockAcquireRestore = new(BuiltinId.LockAcquireRestore, "_acquire_restore");

    /// <summary>
    /// The native modules, new for each run: what CPython writes in C (sys, time, and _thread, under our
    /// threading.py) and the package `concurrent`. Library modules written in Python join them at load.
    /// </summary>
    public static Dictionary<string, PyValue> Modules()
    {
        var lockCtor = Fn(BuiltinId.Lock, "allocate_lock");
        var thread = new PyModule("_thread", new()
        {
            ["Thread"] = Fn(BuiltinId.Thread, "Thread"),
            ["Lock"] = lockCtor,
            ["allocate_lock"] = lockCtor,
            ["RLock"] = Fn(BuiltinId.RLock, "RLock"),
            ["get_ident"] = Fn(BuiltinId.GetIdent, "get_ident"),
            ["current_thread"] = Fn(BuiltinId.CurrentThread, "current_thread"),
            ["main_thread"] = Fn(BuiltinId.MainThread, "main_thread"),
            ["active_count"] = Fn(BuiltinId.ActiveCount, "active_count"),
            ["enumerate"] = Fn(BuiltinId.EnumerateThreads, "enumerate"),
            ["TIMEOUT_MAX"] = PyValue.FromFloat(9223372036.0),
            ["_cpu_count"] = Fn(BuiltinId.CpuCount, "_cpu_count"),
            ["_register_atexit"] = Fn(BuiltinId.RegisterAtExit, "_register_atexit"),
            ["_excepthook"] = Fn(BuiltinId.ExceptHook, "_excepthook"),
            ["_local"] = PyValue.FromObject(Tags.ThreadLocal),
        });
        var sys = new PyModule("sys", new()
        {
            ["setswitchinterval"] = Fn(BuiltinId.SetSwitchInterval, "setswitchinterval"),
            ["getswitchinterval"] = Fn(BuiltinId.GetSwitchInterval, "getswitchinterval"),
            ["exit"] = Fn(BuiltinId.SysExit, "exit"),
            ["exc_info"] = Fn(BuiltinId.SysExcInfo, "exc_info"),
        });
        var time = new PyModule("time", new()
        {
            ["sleep"] = Fn(BuiltinId.TimeSleep, "sleep"),
            ["time"] = Fn(BuiltinId.TimeTime, "time"),
            ["monotonic"] = Fn(BuiltinId.TimeMonotonic, "monotonic"),
            ["perf_counter"] = Fn(BuiltinId.TimePerfCounter, "perf_counter"),
            ["localtime"] = Fn(BuiltinId.TimeLocalTime, "localtime"),
            ["gmtime"] = Fn(BuiltinId.TimeLocalTime, "gmtime"),
            ["strftime"] = Fn(BuiltinId.TimeStrftime, "strftime"),
        });
        return new()
        {
            ["_thread"] = PyValue.FromObject(thread),
            ["sys"] = PyValue.FromObject(sys),
            ["time"] = PyValue.FromObject(time),
            ["concurrent"] = PyValue.FromObject(new PyModule("concurrent", [])),
            ["_heapq"] = PyValue.FromObject(new PyModule("_heapq", new()
            {
                ["heappush"] = Fn(BuiltinId.HeapPush, "heappush"),
                ["heappop"] = Fn(BuiltinId.HeapPop, "heappop"),
                ["heapify"] = Fn(BuiltinId.HeapIfy, "heapify"),
            })),
            ["_queue"] = PyValue.FromObject(new PyModule("_queue", new()
            {
                ["SimpleQueue"] = PyValue.FromObject(Tags.SimpleQueue),
                ["Empty"] = PyValue.FromObject(Tags.QueueEmpty),
            })),
            // Python in CPython (Lib/traceback.py); native here, where the traceback text is made (Machine.Traceback).
            ["traceback"] = PyValue.FromObject(new PyModule("traceback", new()
            {
                ["format_exception"] = Fn(BuiltinId.TracebackFormatException, "format_exception"),
                ["format_exc"] = Fn(BuiltinId.TracebackFormatExc, "format_exc"),
                ["print_exc"] = Fn(BuiltinId.TracebackPrintExc, "print_exc"),
            })),
            // Python in CPython (Lib/io.py) over C's _io; only StringIO is modelled.
            ["io"] = PyValue.FromObject(new PyModule("io", new() { ["StringIO"] = PyValue.FromObject(Tags.StringIO) })),
            ["_random"] = PyValue.FromObject(new PyModule("_random", new() { ["Random"] = PyValue.FromObject(Tags.RandomCore) })),
            ["itertools"] = PyValue.FromObject(new PyModule("itertools", new()
            {
                ["count"] = Fn(BuiltinId.ItertoolsCount, "count"),
                ["repeat"] = Fn(BuiltinId.ItertoolsRepeat, "repeat"),
                ["cycle"] = Fn(BuiltinId.ItertoolsCycle, "cycle"),
                ["islice"] = Fn(BuiltinId.ItertoolsISlice, "islice"),
                ["chain"] = Fn(BuiltinId.ItertoolsChain, "chain"),
                ["product"] = Fn(BuiltinId.ItertoolsProduct, "product"),
            })),
            ["_collections"] = PyValue.FromObject(new PyModule("_collections", new()
            {
                ["deque"] = PyValue.FromObject(Tags.Deque),
                ["defaultdict"] = PyValue.FromObject(Tags.DefaultDict),
                ["_count_elements"] = Fn(BuiltinId.CountElements, "_count_elements"),
            })),
            ["_functools"] = PyValue.FromObject(new PyModule("_functools", new()
            {
                ["partial"] = PyValue.FromObject(Tags.Partial),
                ["reduce"] = Fn(BuiltinId.Reduce, "reduce"),
                ["_lru_cache_wrapper"] = Fn(BuiltinId.LruCacheWrapper, "_lru_cache_wrapper"),
            })),
        };
    }

    private static PyValue Fn(BuiltinId id, string name) => PyValue.FromObject(new PyBuiltin(id, name));

    public static PyBuiltin? ContainerMethod(Dictionary<string, PyBuiltin> methods, string name) =>
        methods.TryGetValue(name, out var method) ? method : null;

    private static Dictionary<string, PyBuiltin> Methods(params (BuiltinId Id, string Name)[] methods) =>
        methods.ToDictionary(m => m.Name, m => new PyBuiltin(m.Id, m.Name), StringComparer.Ordinal);
}
