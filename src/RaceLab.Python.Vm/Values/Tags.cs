namespace RaceLab.Python.Vm.Values;

/// <summary>The built-in types, and the markers of <see cref="PyValue"/>'s inline kinds.</summary>
internal static class Tags
{
    public static readonly PyType Object = new("object");
    public static readonly PyType Int = new("int", Object);
    public static readonly PyType Bool = new("bool", Int);
    public static readonly PyType Float = new("float", Object);
    public static readonly PyType None = new("NoneType", Object);

    // The markers of ints, bools, floats and None are not the type objects themselves: with the type as the
    // marker, the value `int` (the type) and the int 0 were one PyValue, and `print(int)` printed 0.
    public static readonly ValueTag IntValue = new(Int);
    public static readonly ValueTag BoolValue = new(Bool);
    public static readonly ValueTag FloatValue = new(Float);
    public static readonly ValueTag NoneValue = new(None);
    public static readonly PyType Str = new("str", Object);
    public static readonly PyType Tuple = new("tuple", Object);
    public static readonly PyType List = new("list", Object);
    public static readonly PyType Deque = new("deque", Object) { Module = "collections" };
    public static readonly PyType SimpleQueue = new("SimpleQueue", Object);
    public static readonly PyType RandomCore = new("Random", Object);
    public static readonly PyType ThreadLocal = new("_local", Object);

    /// <summary>sys.stdout and sys.stderr (C in CPython: _io.TextIOWrapper).</summary>
    public static readonly PyType TextStream = new("TextIOWrapper", Object) { Module = "_io" };

    /// <summary>io.StringIO (C in CPython: _io.StringIO).</summary>
    public static readonly PyType StringIO = new("StringIO", Object) { Module = "_io" };
    public static readonly PyType Dict = new("dict", Object);

    /// <summary>A class's <c>__dict__</c>: a read-only view of its namespace.</summary>
    public static readonly PyType MappingProxy = new("mappingproxy", Object);

    /// <summary>collections.defaultdict (C in CPython: _collections.defaultdict): a dict whose missing keys call the factory.</summary>
    public static readonly PyType DefaultDict = new("defaultdict", Dict) { Module = "collections" };

    /// <summary>functools.partial (C in CPython: _functools.partial).</summary>
    public static readonly PyType Partial = new("partial", Object) { Module = "functools" };

    /// <summary>What functools.lru_cache returns (C in CPython: _functools._lru_cache_wrapper).</summary>
    public static readonly PyType LruCacheWrapper = new("_lru_cache_wrapper", Object) { Module = "functools" };
    public static readonly PyType Set = new("set", Object);
    public static readonly PyType FrozenSet = new("frozenset", Object);
    public static readonly PyType Range = new("range", Object);
    public static readonly PyType Function = new("function", Object);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object);
    public static readonly PyType Module = new("module", Object);
    public static readonly PyType Thread = new("Thread", Object);
    public static readonly PyType Lock = new("lock", Object);
    public static readonly PyType Iterator = new("iterator", Object);
    public static readonly PyType Slice = new("slice", Object);
    public static readonly PyType Type = new("type", Object);
    public static readonly PyType Method = new("method", Object);
    public static readonly PyType Super = new("super", Object);
    public static readonly PyType BaseException = new("BaseException", Object);
    public static readonly PyType Exception = new("Exception", BaseException);
    public static readonly PyType AssertionError = new("AssertionError", Exception);
    public static readonly PyType NameError = new("NameError", Exception);
    public static readonly PyType TypeError = new("TypeError", Exception);
    public static readonly PyType ValueError = new("ValueError", Exception);
    public static readonly PyType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly PyType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly PyType LookupError = new("LookupError", Exception);
    public static readonly PyType IndexError = new("IndexError", LookupError);
    public static readonly PyType KeyError = new("KeyError", LookupError);
    public static readonly PyType AttributeError = new("AttributeError", Exception);
    public static readonly PyType RuntimeError = new("RuntimeError", Exception);
    public static readonly PyType ImportError = new("ImportError", Exception);
    public static readonly PyType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly PyType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly PyType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = new("RecursionError", RuntimeError);
    public static readonly PyType OSError = new("OSError", Exception);
    public static readonly PyType TimeoutError = new("TimeoutError", OSError);
    public static readonly PyType SystemExit = new("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = new("GeneratorExit", BaseException);
    public static readonly PyType StopIteration = new("StopIteration", Exception);
    public static readonly PyType Generator = new("generator", Object);
    public static readonly PyType NotImplementedType = new("NotImplementedType", Object);

    /// <summary>_queue.Empty (C in CPython; queue.Empty is this class).</summary>
    public static readonly PyType QueueEmpty = new("Empty", Exception) { Module = "_queue" };
}
