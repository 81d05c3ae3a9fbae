using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// <c>T.__new__(cls, ...)</c> called by name (<c>object.__new__(cls)</c>, <c>int.__new__(cls, v)</c>,
/// <c>super().__new__(cls, ...)</c>): tp_new_wrapper's checks of <c>cls</c>, then what T's tp_new makes, with
/// CPython's TypeErrors for the calls a program could get wrong.
/// </summary>
internal sealed partial class Machine
{
    private PyValue CallTypeNew(PyBuiltin newMethod, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var owner = newMethod.NewOwner ?? Tags.Object;
        if (args.Length == 0 || (kwnames is not null && args.Length == kwnames.Items.Length))
        {
            throw PythonError.Of(Tags.TypeError, $"{owner.Name}.__new__(): not enough arguments");
        }

        if (args[0].Ref is not PyType cls)
        {
            throw PythonError.Of(Tags.TypeError, $"{owner.Name}.__new__(X): X is not a type object ({PyOps.TypeOf(args[0]).Name})");
        }

        if (!cls.IsSubtypeOf(owner))
        {
            throw PythonError.Of(Tags.TypeError, $"{owner.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {owner.Name}");
        }

        var builtin = BuiltinBase(cls);
        if (ReferenceEquals(newMethod, Builtins.ObjectNew) && !ReferenceEquals(Builtins.NewOf(builtin), Builtins.ObjectNew))
        {
            // tp_new_wrapper: object's __new__ cannot make what a built-in base's __new__ must lay out.
            throw PythonError.Of(Tags.TypeError, $"object.__new__({cls.Name}) is not safe, use {StaticBase(cls).Name}.__new__()");
        }

        var rest = args[1..];
        if (ReferenceEquals(builtin, Tags.Object) && rest.Length > 0 && cls is PyClass own)
        {
            // object_new refuses arguments unless the class overrides __init__ and not __new__ (they are __init__'s).
            if (PythonNew(own) is not null)
            {
                throw PythonError.Of(Tags.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            }

            if (!own.TryLookup("__init__", out var init, out _) || init.Ref is not PyFunction)
            {
                throw PythonError.Of(Tags.TypeError, $"{own.Name}() takes no arguments");
            }
        }

        return cls is PyClass type ? BareInstance(type, rest, kwnames) : Construct(cls, rest, kwnames);
    }

    /// <summary>tp_new_wrapper's staticbase: the class itself, or its first base, up to one whose __new__ is not Python's.</summary>
    private static PyType StaticBase(PyType type)
    {
        while (type is PyClass c && PythonNew(c) is not null)
        {
            type = c.Bases[0];
        }

        return type;
    }

    /// <summary>
    /// solid_base, coarsely: the built-in type whose layout the class's instances have (int, tuple, an exception...),
    /// or object. threading.Thread is a Python class in CPython, so its subclasses are laid out as object's.
    /// </summary>
    private static PyType BuiltinBase(PyType type) => type switch
    {
        PyClass { NativeBase: { } native } when BuiltinSubclass.IsSubclassable(native) || native.IsSubtypeOf(Tags.BaseException) => native,
        PyClass => Tags.Object,
        _ when ReferenceEquals(type, Tags.Thread) => Tags.Object,
        _ => type,
    };
}
