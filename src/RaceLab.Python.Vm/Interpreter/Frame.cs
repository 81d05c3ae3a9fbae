using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// One activation: the code, one array holding locals (and cells) followed by the value stack, and the
/// resume point. Frames are pooled per thread, so calls in a hot loop do not allocate.
/// </summary>
internal sealed class Frame
{
    public CompiledCode Code = null!;
    public PyValue[] Slots = [];
    public int Sp;
    public int Pc;
    public Frame? Back;
    public bool IsModule;

    /// <summary>The running function's closure cells (3.11+ COPY_FREE_VARS).</summary>
    public PyCell[] Closure = [];

    /// <summary>3.11/3.12 KW_NAMES: the keyword names of the next CALL.</summary>
    public PyTuple? KwNames;

    /// <summary>3.9/3.10 block stack (SETUP_WITH / SETUP_FINALLY): handler index and stack level.</summary>
    public readonly List<(int Handler, int Level)> Blocks = [];

    /// <summary>The exception being handled (3.11+ PUSH_EXC_INFO / 3.9 handler blocks).</summary>
    public PyValue Handling;

    /// <summary>A class body's namespace: its LOAD_NAME and STORE_NAME read and write here.</summary>
    public Dictionary<string, PyValue>? Namespace;

    /// <summary>What the caller gets when this frame returns (its value, a new instance, a new class).</summary>
    public FrameResult Result;

    /// <summary>The instance being initialised, or the class statement being built.</summary>
    public object? ResultPayload;

    /// <summary>Under the explorer's --bound: backward jumps taken so far per while-loop head (null: none).</summary>
    public SortedDictionary<int, int>? LoopIterations;

    /// <summary>The generator whose frame this is (null: an ordinary frame, rented from the thread's pool).</summary>
    public PyGenerator? Generator;

    public void Reset(CompiledCode code, bool isModule)
    {
        Code = code;
        var size = code.SlotCount + code.StackSize + 4;
        if (Slots.Length < size)
        {
            Slots = new PyValue[size];
        }
        else
        {
            // Locals and cells start unbound. The value stack above them is written before it is read, and whatever
            // a previous call left there stays (as above Sp at any time): a push of the same object then skips the
            // GC write barrier (PyValue.Store). The span's Clear, not Array.Clear(Array, ...), which checks the type.
            Slots.AsSpan(0, code.SlotCount).Clear();
        }

        Sp = code.SlotCount;
        Pc = 0;
        Back = null;
        IsModule = isModule;
        KwNames = null;
        Blocks.Clear();
        Handling = default;
        Closure = [];
        LoopIterations = null;
        Generator = null;
        Namespace = null;
        Result = FrameResult.ReturnValue;
        ResultPayload = null;
    }
}

/// <summary>How a returning frame's value reaches its caller.</summary>
internal enum FrameResult : byte
{
    /// <summary>The returned value itself.</summary>
    ReturnValue,

    /// <summary>An <c>__init__</c> called by instantiation: the caller gets the instance (the return must be None).</summary>
    InitializedInstance,

    /// <summary>A class body run by <c>__build_class__</c>: the caller gets the new class.</summary>
    BuiltClass,

    /// <summary>A property setter run by STORE_ATTR: the caller gets nothing.</summary>
    Discarded,

    // The results from here on are handled out of line (Machine.Generators.ReturnSpecial).

    /// <summary>A frame a built-in pushed (a key function, a generator it drains): its NativeTask takes the value.</summary>
    Task,

    /// <summary>A generator resumed by FOR_ITER: a yield pushes the item, a return ends the loop.</summary>
    GenForIter,

    /// <summary>A generator resumed by SEND (3.11+) or YIELD_FROM (3.9/3.10) of the generator delegating to it.</summary>
    GenSend,

    /// <summary>A generator resumed by next(), send(), throw() or __next__(): a return raises StopIteration.</summary>
    GenNext,

    /// <summary>A generator closed by close(): GeneratorExit was thrown in; yielding again is a RuntimeError.</summary>
    GenClose,

    /// <summary>
    /// The generator a yield from delegates to, thrown into by throw() on the delegating one (payload: that
    /// generator): a yield is throw()'s value, a return resumes the delegating one with it, a raise goes on there.
    /// </summary>
    GenThrowDelegate,

    /// <summary>The generator a yield from delegates to, closed by close() on the delegating one (payload: that generator), which is closed next.</summary>
    GenCloseDelegate,

    /// <summary>An instance's __next__ run by FOR_ITER: its StopIteration ends the loop.</summary>
    IterNext,

    /// <summary>__eq__ run for != (object.__ne__): the caller gets its negated truth.</summary>
    Negated,

    /// <summary>__contains__ run by `in`: the caller gets its truth.</summary>
    Truth,

    /// <summary>
    /// __bool__ or __len__ run for an object's truth: the caller's instruction (a conditional jump, not,
    /// TO_BOOL, bool()) is finished with it.
    /// </summary>
    TruthOf,

    /// <summary>One of an operator's special methods (payload: a NativeTask): NotImplemented tries the next one.</summary>
    OperatorStep,

    /// <summary>A class's Python __new__ run by calling the class: its result is initialized next (payload: the call, a NativeTask).</summary>
    Constructed,
}
