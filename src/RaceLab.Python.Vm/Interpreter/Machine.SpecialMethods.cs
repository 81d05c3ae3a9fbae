using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Special methods of the program's classes that operators and statements call (<c>__add__</c>,
/// <c>__eq__</c>, <c>__getitem__</c>, <c>__iter__</c>, <c>__call__</c>...): each runs as a Python frame pushed by
/// the instruction, as CPython's slot wrappers do, so it is a check point where CPython has one (3.11+ at its
/// RESUME, 3.9/3.10 at frame entry). The frame's <see cref="FrameResult"/> says what the instruction makes of
/// the method's return value.
/// </summary>
internal sealed partial class Machine
{
    private static readonly string[] BinaryNames = Names("__{0}__");
    private static readonly string[] ReflectedNames = Names("__r{0}__");
    private static readonly string[] InPlaceNames = Names("__i{0}__");
    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    /// <summary>The comparison a reflected method answers: a &lt; b is b &gt; a.</summary>
    private static readonly int[] ReflectedCompare = [4, 5, 2, 3, 0, 1];

    private static string[] Names(string format) =>
        [.. new[] { "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor" }
            .Select(n => string.Intern(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, n)))];

    /// <summary>The Python function <paramref name="name"/> of an instance's class, or null.</summary>
    private static PyFunction? SpecialOf(PyValue value, string name) =>
        PythonClassOf(value.Ref) is { } type && type.TryLookup(name, out var method, out _) ? method.Ref as PyFunction : null;

    /// <summary>The class of an object the program's own class made: an instance, or a dict, list or tuple of a subclass.</summary>
    private static PyClass? PythonClassOf(object? value) => value is PyInstance instance ? instance.Class : BuiltinSubclass.ClassOf(value);

    /// <summary>Whether the object's class may define special methods in Python (the instructions' guard before <see cref="SpecialOf"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasPythonClass(object? value) => value is PyInstance || (value is PyDict or PyList or PyTuple or PySet && BuiltinSubclass.ClassOf(value) is not null);

    /// <summary>Cls[key] on a class of the program's (or a library module's): its <c>__class_getitem__</c> (implicitly a classmethod, PEP 560), or null.</summary>
    private static PyFunction? ClassGetItem(object? container) =>
        container is PyClass type && type.TryLookup("__class_getitem__", out var method, out _)
            ? method.Ref as PyFunction ?? (method.Ref as PyClassMethod)?.Function.Ref as PyFunction
            : null;

    /// <summary>d[key] on a dict subclass that lacks the key: the class's <c>__missing__</c> (dict_subscript calls it), or null.</summary>
    private static PyFunction? MissingOf(PyValue container, PyValue key) =>
        container.Ref is PyDict { Class: not null } dict && !dict.TryGet(key, out _) ? SpecialOf(container, "__missing__") : null;

    /// <summary>Pushes a special method's frame (a generator method makes its generator at once instead).</summary>
    private void CallSpecial(SimThread thread, Frame caller, PyFunction function, PyValue[] args, int consume, FrameResult result)
    {
        if (function.Code.IsGenerator)
        {
            StartGenerator(thread, caller, function, args, null, consume);
            return;
        }

        var frame = PushFrame(thread, caller, function, args, null, consume);
        frame.Result = result;
    }

    /// <summary>BINARY_OP on an instance: its special methods in CPython's order (<see cref="BinarySteps"/>); false when none is defined.</summary>
    private bool TryBinarySpecial(SimThread thread, Frame f, int kind, PyValue a, PyValue b, int consume) =>
        StartOperator(thread, f, NativeTaskKind.BinaryOp, kind, a, b, consume);

    /// <summary>COMPARE_OP on an instance: its special methods in CPython's order (<see cref="CompareSteps"/>); false when none is defined.</summary>
    private bool TryCompareSpecial(SimThread thread, Frame f, int op, PyValue a, PyValue b, int consume) =>
        StartOperator(thread, f, NativeTaskKind.CompareOp, op, a, b, consume);

    /// <summary>
    /// An exception leaves a frame an instruction pushed: a StopIteration out of __next__ under FOR_ITER ends
    /// the loop (true), as CPython's FOR_ITER clears it.
    /// </summary>
    private static bool UnwindSpecial(SimThread thread, Frame frame, PyException exc)
    {
        if (frame.Result != FrameResult.IterNext || !exc.Type.IsSubtypeOf(Tags.StopIteration))
        {
            return false;
        }

        var caller = frame.Back!;
        thread.ReturnFrame();
        thread.Top = caller;
        caller.Sp--;
        caller.Pc = caller.Code.Code[caller.Pc - 1].Arg;
        return true;
    }

    /// <summary>RETURN_VALUE of a special method whose value the instruction converts.</summary>
    private bool ReturnConverted(SimThread thread, Frame frame, PyValue value)
    {
        if (frame.Result == FrameResult.Constructed)
        {
            return ReturnConstructed(thread, frame, value);
        }

        if (frame.Result == FrameResult.OperatorStep)
        {
            return ReturnOperatorStep(thread, frame, value);
        }

        if (frame.Result == FrameResult.TruthOf)
        {
            return ReturnTruth(thread, frame, value);
        }

        var caller = frame.Back!;
        thread.ReturnFrame();
        thread.Top = caller;
        caller.Slots[caller.Sp++] = frame.Result switch
        {
            FrameResult.Negated => PyValue.FromBool(!PyOps.Truthy(value)),
            FrameResult.Truth => PyValue.FromBool(PyOps.Truthy(value)),
            _ => value,
        };
        return PollsAfterSwitch(thread, caller);
    }

    /// <summary>The method print(), str() and repr() call on an instance: __str__ (or __repr__), or __repr__.</summary>
    private static PyFunction? StringMethodOf(PyValue value, bool repr) =>
        repr ? SpecialOf(value, "__repr__") : SpecialOf(value, "__str__") ?? (IsStrSubclass(value) ? null : SpecialOf(value, "__repr__"));

    /// <summary>str's own tp_str gives the string itself: a str subclass's <c>__repr__</c> is no fallback for str().</summary>
    private static bool IsStrSubclass(PyValue value) => value.Ref is PyInstance { NativeValue.IsString: true };

    private static bool CallsStringMethods(PyValue callable, ReadOnlySpan<PyValue> args)
    {
        var repr = callable.Ref is PyBuiltin { Id: BuiltinId.Repr };
        if (!repr && callable.Ref is not PyBuiltin { Id: BuiltinId.Print } && !ReferenceEquals(callable.Ref, Tags.Str))
        {
            return false;
        }

        foreach (var arg in args)
        {
            if (StringMethodOf(arg, repr) is not null || NeedsNestedReprs(arg))
            {
                return true;
            }
        }

        return false;
    }
}
