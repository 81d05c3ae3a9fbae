using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Classes and instances: <c>__build_class__</c> runs a class body in a namespace of its own, calling a class
/// makes an instance and runs its <c>__init__</c> as an ordinary Python frame (so the scheduler can switch
/// threads inside it, as CPython can), and attribute lookup follows the C3 method resolution order.
/// </summary>
internal sealed partial class Machine
{
    /// <summary>
    /// A call that needs a Python frame of its own beyond a plain function: a class body, a class's
    /// <c>__init__</c>, a bound method. Null when <paramref name="callable"/> is none of these.
    /// </summary>
    private CallOutcome? CallObject(SimThread thread, Frame caller, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        switch (callable.Ref)
        {
            case PyMethod method:
                {
                    PyValue[] all = [method.Self, .. args];
                    if (method.Function is not { } function)
                    {
                        // method_vectorcall over another callable: self goes first, the callable does the rest.
                        return CallValue(thread, caller, method.Callable, all, kwnames, consume);
                    }

                    if (function.Code.IsGenerator)
                    {
                        return StartGenerator(thread, caller, function, all, kwnames, consume);
                    }

                    // A bound method called by a call instruction: no C caller in between (method_vectorcall).
                    PushFrame(thread, caller, function, all, kwnames, consume, fromNative: false);
                    return CallOutcome.PythonFrame;
                }

            case PyBoundMethod { Self.Ref: PyGenerator generator, Function.Id: BuiltinId.GenSend or BuiltinId.GenThrow or BuiltinId.GenClose or BuiltinId.GenNext } bound:
                return GeneratorMethod(thread, caller, generator, bound.Function.Id, args, consume);
            case PyBuiltin { Id: BuiltinId.GenSend or BuiltinId.GenThrow or BuiltinId.GenClose or BuiltinId.GenNext } method when args.Length > 0 && args[0].Ref is PyGenerator generator:
                // LOAD_METHOD's form: the built-in with the generator as its first argument.
                return GeneratorMethod(thread, caller, generator, method.Id, args[1..], consume);
            case PyBuiltin { Id: BuiltinId.Next } when args.Length is 1 or 2 && kwnames is null && args[0].Ref is PyGenerator generator:
                return GeneratorMethod(thread, caller, generator, BuiltinId.Next, args, consume);
            case PyBuiltin { Id: BuiltinId.SetAttr } when args.Length == 3 && kwnames is null && PythonSetter(args) is var (setter, setterArgs):
                // setattr() through the class's own __setattr__ (or a property's setter), as STORE_ATTR goes; both return None.
                PushFrame(thread, caller, setter, setterArgs, null, consume);
                return CallOutcome.PythonFrame;

            case PyBuiltin { Id: BuiltinId.Next } when args.Length is 1 or 2 && kwnames is null && IsStepped(args[0]):
                return NextStepped(thread, caller, args, consume);

            case PyBuiltin { Id: BuiltinId.BuildClass }:
                StartClassBody(thread, caller, args, kwnames, consume);
                return CallOutcome.PythonFrame;
            case PyBuiltin { Id: BuiltinId.Super } when args.Length == 0:
                caller.Sp = consume;
                caller.Slots[caller.Sp++] = ZeroArgumentSuper(caller);
                return CallOutcome.Native;
            case PyClass type:
                return Instantiate(thread, caller, type, args, kwnames, consume);
            case PyType type when ReferenceEquals(type, Tags.Bool):
                return CallBool(thread, caller, args, kwnames, consume);
            case PyPartial partial:
                {
                    var (merged, names) = PartialArguments(partial, args, kwnames);
                    return CallValue(thread, caller, partial.Function, merged, names, consume);
                }

            case PyLruCache cache:
                return CallLruCache(thread, caller, cache, args, kwnames, consume);
            case PyInstance instance when SpecialOf(callable, "__call__") is { } call:
                {
                    PyValue[] all = [callable, .. args];
                    if (call.Code.IsGenerator)
                    {
                        return StartGenerator(thread, caller, call, all, kwnames, consume);
                    }

                    PushFrame(thread, caller, call, all, kwnames, consume);
                    _ = instance;
                    return CallOutcome.PythonFrame;
                }

            case PyBuiltin { Id: BuiltinId.Len } when args.Length == 1 && SpecialOf(args[0], "__len__") is { } len:
                StartLength(thread, caller, callable, len, args[0], consume);
                return CallOutcome.PythonFrame;
            default:
                return null;
        }
    }

    /// <summary>
    /// Enters a Python function the VM calls on behalf of a built-in (a special method, a getter, __init__):
    /// in CPython that is C code calling it, which costs <see cref="CostModel.CallFromNative"/> more than a call
    /// instruction's call unless <paramref name="fromNative"/> says the release calls it inline.
    /// </summary>
    private Frame PushFrame(SimThread thread, Frame caller, PyFunction function, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume, bool fromNative = true)
    {
        var frame = thread.RentFrame();
        frame.Reset(function.Code, isModule: false);
        BindArguments(frame, function, args, kwnames);
        frame.Back = caller;
        caller.Sp = consume;
        thread.Top = frame;
        Advance(thread, fromNative ? Costs.PythonCallExtra + Costs.CallFromNative : Costs.PythonCallExtra);
        return frame;
    }

    /// <summary>__build_class__(func, name, *bases): the body runs now; <see cref="FinishFrame"/> makes the class.</summary>
    private void StartClassBody(SimThread thread, Frame caller, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        var nkw = kwnames?.Items.Length ?? 0;
        var npos = args.Length - nkw;
        if (npos < 2 || args[0].Ref is not PyFunction body || !args[1].IsString)
        {
            throw PythonError.Of(Tags.TypeError, "__build_class__: expected a function and a name");
        }

        for (var k = 0; k < nkw; k++)
        {
            var key = kwnames!.Items[k].String;
            var isPlainType = key == "metaclass" && ReferenceEquals(args[npos + k].Ref, Tags.Type);
            if (!isPlainType)
            {
                throw PythonError.Of(Tags.TypeError, $"class keyword '{key}' (a metaclass or __init_subclass__ argument) is not modelled by the simulator");
            }
        }

        var bases = new PyType[npos - 2];
        for (var i = 2; i < npos; i++)
        {
            bases[i - 2] = args[i].Ref switch
            {
                PyClass c => c,
                PyBuiltin { Id: BuiltinId.Thread } => Tags.Thread,
                PyType t when ReferenceEquals(t, Tags.Object) || t.IsSubtypeOf(Tags.BaseException) || BuiltinSubclass.IsSubclassable(t) => t,
                PyType t when IsFinalType(t) => throw PythonError.Of(Tags.TypeError, $"type '{t.Name}' is not an acceptable base type"),
                PyType t => throw PythonError.Of(Tags.TypeError, $"subclassing the built-in type '{t.Name}' is not modelled by the simulator"),
                PyInstance alias when MroEntry(alias) is { } entry => entry,
                _ => throw PythonError.Of(Tags.TypeError, $"bases must be types, not '{PyOps.TypeOf(args[i]).Name}'"),
            };
        }

        CheckLayouts(bases);
        var frame = PushFrame(thread, caller, body, [], null, consume, fromNative: false);
        frame.Namespace = new Dictionary<string, PyValue>(StringComparer.Ordinal);
        frame.Result = FrameResult.BuiltClass;
        frame.ResultPayload = (args[1].String, bases);
    }

    /// <summary>The built-in types CPython leaves without Py_TPFLAGS_BASETYPE: a class statement may not name them.</summary>
    private static bool IsFinalType(PyType type) =>
        Array.Exists([Tags.Bool, Tags.None, Tags.Range, Tags.Slice, Tags.Function, Tags.Generator, Tags.BuiltinFunction, Tags.Method, Tags.NotImplementedType], t => ReferenceEquals(t, type));

    /// <summary>best_base: two bases laid out by unrelated built-in types (int and str, tuple and dict) cannot be combined.</summary>
    private static void CheckLayouts(PyType[] bases)
    {
        // Exceptions share BaseException's layout here (CPython's OSError and a few others differ: not modelled).
        var solids = bases.Select(BuiltinBase).Where(b => !ReferenceEquals(b, Tags.Object))
            .Select(b => b.IsSubtypeOf(Tags.BaseException) ? Tags.BaseException : b).ToList();
        foreach (var a in solids)
        {
            if (solids.Exists(b => !a.IsSubtypeOf(b) && !b.IsSubtypeOf(a)))
            {
                throw PythonError.Of(Tags.TypeError, "multiple bases have instance lay-out conflict");
            }
        }
    }

    /// <summary>
    /// A base that is not a class but defines <c>__mro_entries__</c> (PEP 560): typing's generic aliases
    /// (<c>Generic[T]</c>, <c>List[int]</c>), whose <c>__mro_entries__</c> gives their <c>__origin__</c> class. That
    /// answer is taken from <c>__origin__</c> without calling the method (calling Python from here is not
    /// modelled); for a container alias (List[int]) CPython's also appends Generic, which is left out.
    /// </summary>
    private static PyType? MroEntry(PyInstance alias)
    {
        if (!alias.Class.TryLookup("__mro_entries__", out _, out _) || !alias.TryGetAttribute("__origin__", out var origin))
        {
            return null;
        }

        return origin.Ref switch
        {
            PyClass c => c,
            PyType t when ReferenceEquals(t, Tags.Object) || BuiltinSubclass.IsSubclassable(t) => t,
            _ => null,
        };
    }

    /// <summary>
    /// type.__call__: the class's <c>__new__</c> written in Python runs in a frame of its own (and
    /// <see cref="ReturnConstructed"/> goes on to <c>__init__</c>); otherwise the built-in base makes the object.
    /// </summary>
    private CallOutcome Instantiate(SimThread thread, Frame caller, PyClass type, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume)
    {
        if (PythonNew(type) is { } newFunction)
        {
            var frame = PushFrame(thread, caller, newFunction, [PyValue.FromObject(type), .. args], kwnames, consume);
            frame.Result = FrameResult.Constructed;
            frame.ResultPayload = new NativeTask { Callable = PyValue.FromObject(type), Args = args.ToArray(), KwNames = kwnames };
            return CallOutcome.PythonFrame;
        }

        Advance(thread, Costs.NewInstance);
        return Initialize(thread, caller, type, BareInstance(type, args, kwnames), args, kwnames, consume, newOverridden: false);
    }

    /// <summary>The class's own <c>__new__</c> when a class in its MRO defines one in Python (implicitly a static method).</summary>
    private static PyFunction? PythonNew(PyClass type) =>
        type.TryLookup("__new__", out var value, out _)
            ? value.Ref as PyFunction ?? (value.Ref as PyStaticMethod)?.Function.Ref as PyFunction
            : null;

    /// <summary>What the class's built-in base's <c>__new__</c> makes: a plain instance, a thread, an exception, a dict, list or tuple.</summary>
    private PyValue BareInstance(PyClass type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (ReferenceEquals(type.NativeBase, Tags.Thread))
        {
            return PyValue.FromObject(new PyThreadObject(PyValue.None, [], null, string.Empty)
            {
                Class = type,
                Dict = new(StringComparer.Ordinal),
                Initialized = false,
            });
        }

        if (type.NativeBase is { } native && native.IsSubtypeOf(Tags.BaseException))
        {
            return PyValue.FromObject(new PyException(type, args.ToArray()));
        }

        if (type.NativeBase is { } value && BuiltinSubclass.IsValueType(value))
        {
            // int(x), float(x), str(x) made the value; the instance carries it.
            return PyValue.FromObject(new PyInstance(type) { Address = NextId(), NativeValue = Construct(value, args, kwnames) });
        }

        if (type.NativeBase is { } builtin && BuiltinSubclass.IsSubclassable(builtin))
        {
            List<PyValue> items = [];
            if (ReferenceEquals(builtin, Tags.Tuple) || ReferenceEquals(builtin, Tags.FrozenSet))
            {
                // tuple and frozenset are filled by __new__ (dict, list and set by __init__); frozenset's
                // argument error names the class, tuple's (Argument Clinic's) names tuple.
                if (kwnames is { Items.Length: > 0 } || args.Length > 1)
                {
                    throw PythonError.Of(Tags.TypeError, kwnames is { Items.Length: > 0 }
                        ? $"{builtin.Name}() takes no keyword arguments"
                        : $"{(ReferenceEquals(builtin, Tags.Tuple) ? "tuple" : type.Name)} expected at most 1 argument, got {args.Length}");
                }

                items = args.Length == 1 ? Iteration.ToList(args[0]) : [];
            }

            return PyValue.FromObject(BuiltinSubclass.New(type, items));
        }

        return PyValue.FromObject(NewInstance(type));
    }

    /// <summary>A new instance of a class of the program's, numbered as id() numbers objects.</summary>
    private PyInstance NewInstance(PyClass type) => new(type) { Address = NextId() };

    /// <summary>The second half of type.__call__: the class's <c>__init__</c> in a frame, or the built-in base's natively.</summary>
    private CallOutcome Initialize(SimThread thread, Frame caller, PyClass type, PyValue instance, ReadOnlySpan<PyValue> args, PyTuple? kwnames, int consume, bool newOverridden)
    {
        if (type.TryLookup("__init__", out var init, out _) && init.Ref is PyFunction function)
        {
            PyValue[] all = [instance, .. args];
            // 3.13 specializes the class call (CALL_ALLOC_AND_ENTER_INIT) to enter __init__ inline.
            var frame = PushFrame(thread, caller, function, all, kwnames, consume, fromNative: Version < PythonVersion.Py313);
            frame.Result = FrameResult.InitializedInstance;
            frame.ResultPayload = instance;
            return CallOutcome.PythonFrame;
        }

        switch (instance.Ref)
        {
            case PyThreadObject threadObject:
                InitThread(threadObject, args, kwnames);
                break;
            case PyDict or PyList or PySet { Frozen: false }:
                InitContainer(instance, args, kwnames);
                break;
            case PyInstance { NativeValue.IsNull: true } when args.Length > 0 && !newOverridden:
                throw PythonError.Of(Tags.TypeError, $"{type.Name}() takes no arguments");
        }

        caller.Sp = consume;
        caller.Slots[caller.Sp++] = instance;
        return CallOutcome.Native;
    }

    /// <summary>dict.__init__ (an update), list.__init__ and set.__init__ (clear, then extend) on a subclass instance.</summary>
    private static void InitContainer(PyValue self, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var kw = Keywords(args, kwnames, out var npos);
        // set_init names the object's class in its argument error; dict's and list's (Argument Clinic's) name the base.
        var name = self.Ref switch { PyDict => "dict", PySet set => set.Class?.Name ?? "set", _ => "list" };
        if (npos > 1)
        {
            throw PythonError.Of(Tags.TypeError, $"{name} expected at most 1 argument, got {npos}");
        }

        switch (self.Ref)
        {
            case PyDict:
                DictMethod(Builtins.DictMethods["update"], [self, .. args[..npos]], kw);
                break;
            case PyList list when kw is null:
                var items = npos == 1 ? Iteration.ToList(args[0]) : [];
                list.Items.Clear();
                list.Items.AddRange(items);
                break;
            case PySet { Frozen: false } set when kw is null:
                var members = npos == 1 ? Iteration.ToList(args[0]) : [];
                set.Clear();
                members.ForEach(item => set.Add(item));
                break;
            default:
                throw PythonError.Of(Tags.TypeError, $"{(self.Ref is PySet ? "set" : name)}() takes no keyword arguments");
        }
    }

    /// <summary>A Python <c>__new__</c> returned: an instance of the class is initialized, anything else is the result.</summary>
    private bool ReturnConstructed(SimThread thread, Frame frame, PyValue value)
    {
        var caller = frame.Back!;
        var call = (NativeTask)frame.ResultPayload!;
        thread.ReturnFrame();
        thread.Top = caller;
        var type = call.Callable.As<PyClass>();
        if (PyOps.TypeOf(value) is PyClass actual && actual.IsSubtypeOf(type))
        {
            // type_call runs the __init__ of what __new__ made (a subclass's, when it made one of those).
            Initialize(thread, caller, actual, value, call.Args, call.KwNames, caller.Sp, newOverridden: true);
        }
        else
        {
            caller.Slots[caller.Sp++] = value;
        }

        return PollsAfterSwitch(thread, caller);
    }

    /// <summary>What the caller of a returning special frame receives instead of its return value.</summary>
    private PyValue FinishFrame(Frame frame, PyValue value)
    {
        switch (frame.Result)
        {
            case FrameResult.InitializedInstance:
                if (!value.IsNone)
                {
                    throw PythonError.Of(Tags.TypeError, $"__init__() should return None, not '{PyOps.TypeOf(value).Name}'");
                }

                return (PyValue)frame.ResultPayload!;
            case FrameResult.BuiltClass:
                {
                    var (name, bases) = ((string, PyType[]))frame.ResultPayload!;
                    var ns = frame.Namespace!;
                    var qualname = ns.TryGetValue("__qualname__", out var q) && q.IsString ? q.String : name;
                    var type = new PyClass(name, qualname, bases, ns);
                    ns.Remove("__qualname__");
                    if (ns.Remove("__classcell__", out var cell) && cell.Ref is PyCell classCell)
                    {
                        classCell.Value = PyValue.FromObject(type);
                    }

                    return PyValue.FromObject(type);
                }

            default:
                return value;
        }
    }

    /// <summary>Thread.__init__(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None) on an existing object.</summary>
    private void InitThread(PyThreadObject obj, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var kw = Keywords(args, kwnames, out var npos);
        var fresh = NewThread(Scheduler.Threads[0], args[..npos], kw).As<PyThreadObject>();
        obj.Target = fresh.Target;
        obj.Args = fresh.Args;
        obj.Kwargs = fresh.Kwargs;
        obj.Name = fresh.Name;
        obj.Daemon = kw is not null && kw.TryGetValue("daemon", out var daemon) && PyOps.Truthy(daemon);
        obj.Initialized = true;
    }

    /// <summary>super() without arguments: the function's <c>__class__</c> cell and its first argument.</summary>
    private static PyValue ZeroArgumentSuper(Frame frame)
    {
        var src = frame.Code.Source;
        var free = src.FreeVars.IndexOf("__class__");
        if (free < 0 || src.ArgCount == 0)
        {
            throw PythonError.Of(Tags.RuntimeError, free < 0 ? "super(): __class__ cell not found" : "super(): no arguments");
        }

        var cellSlot = src.Version <= PythonVersion.Py310
            ? src.VarNames.Length + src.CellVars.Length + free
            : frame.Code.SlotCount - src.FreeVars.Length + free;
        var type = ((PyCell)frame.Slots[cellSlot].Ref!).Value;
        var self = frame.Slots[0].Ref is PyCell selfCell ? selfCell.Value : frame.Slots[0];
        return MakeSuper(type, self);
    }

    private static PyValue MakeSuper(PyValue type, PyValue self)
    {
        if (type.Ref is not PyType start)
        {
            throw PythonError.Of(Tags.TypeError, $"super() argument 1 must be a type, not {PyOps.TypeOf(type).Name}");
        }

        if (!PyOps.TypeOf(self).IsSubtypeOf(start) && !(self.Ref is PyType cls && cls.IsSubtypeOf(start)))
        {
            throw PythonError.Of(Tags.TypeError, "super(type, obj): obj must be an instance or subtype of type");
        }

        return PyValue.FromObject(new PySuper(start, self));
    }

    /// <summary>3.12+ LOAD_SUPER_ATTR: super's attribute without making the super object (the method form keeps self).</summary>
    private void LoadSuperAttribute(PyValue[] slots, ref int sp, string name, int arg, bool selfAfter)
    {
        var self = slots[--sp];
        var type = slots[--sp];
        sp--;
        var super = MakeSuper(type, self).As<PySuper>();
        if ((arg & 1) != 0 && TryUnboundMethod(super, name, out var function))
        {
            slots[sp++] = function;
            slots[sp++] = self;
            return;
        }

        var value = GetAttribute(PyValue.FromObject(super), name);
        if ((arg & 1) == 0)
        {
            slots[sp++] = value;
        }
        else
        {
            slots[sp++] = selfAfter ? value : default;
            slots[sp++] = selfAfter ? default : value;
        }
    }

    /// <summary>The class attribute <c>name</c> when it is a Python function an instance would bind (LOAD_METHOD's fast form).</summary>
    private static bool TryUnboundMethod(object? owner, string name, out PyValue function)
    {
        function = default;
        switch (owner)
        {
            case PyInstance instance when !instance.HasAttribute(name):
                return instance.Class.TryLookup(name, out function, out _) && function.Ref is PyFunction;
            case PyException { Type: PyClass type } exception when exception.Dict is null || !exception.Dict.ContainsKey(name):
                return type.TryLookup(name, out function, out _) && function.Ref is PyFunction;
            case PyThreadObject { Class: { } type } thread when !thread.Dict!.ContainsKey(name):
                return type.TryLookup(name, out function, out _) && function.Ref is PyFunction;
            case PyDict or PyList or PyTuple or PySet when BuiltinSubclass.ClassOf(owner) is { } type && BuiltinSubclass.DictOf(owner, create: false)?.ContainsKey(name) != true:
                return type.TryLookup(name, out function, out _) && function.Ref is PyFunction;
            case PySuper super when PyOps.TypeOf(super.Self) is PyClass type:
                return type.TryLookup(name, out function, out _, after: super.After) && function.Ref is PyFunction;
            default:
                return false;
        }
    }

    /// <summary>Attributes of instances, classes and super objects; false for every other owner.</summary>
    private static bool TryGetObjectAttribute(PyValue owner, string name, out PyValue value)
    {
        switch (owner.Ref)
        {
            case PyInstance instance:
                if (instance.TryGetAttribute(name, out value))
                {
                    return true;
                }

                value = FromClass(instance.Class, name, owner, after: null);
                if (value.IsNull)
                {
                    // object's own descriptors, found after the class's attributes miss (they are rarely read);
                    // an int, float or str subclass's instance has its base's methods, acting on its value.
                    value = name switch
                    {
                        "__class__" => PyValue.FromObject(instance.Class),
                        "__dict__" => PyValue.FromObject(new PyAttributeDict(instance)),
                        _ when !instance.NativeValue.IsNull && NativeValueMethod(instance.NativeValue, name) is { } method
                            => PyValue.FromObject(new PyBoundMethod(instance.NativeValue, method)),
                        _ => throw NoAttribute(instance.Class, name),
                    };
                }

                return true;
            case PyThreadObject { Class: { } type } thread:
                if (thread.Dict!.TryGetValue(name, out value))
                {
                    return true;
                }

                value = FromClass(type, name, owner, after: null);
                return !value.IsNull;
            case PyClass type:
                value = ClassAttribute(type, name);
                return true;
            case PyDict or PyList or PyTuple or PySet when BuiltinSubclass.ClassOf(owner.Ref) is { } type:
                if (BuiltinSubclass.DictOf(owner.Ref, create: false) is { } own && own.TryGetValue(name, out value))
                {
                    return true;
                }

                // Not found in the Python classes: the built-in base's methods (LookupMethod) come next.
                value = FromClass(type, name, owner, after: null);
                return !value.IsNull;
            case PyFunction function:
                if (function.Dict is not null && function.Dict.TryGetValue(name, out value))
                {
                    return true;
                }

                value = name switch
                {
                    "__name__" => PyValue.FromString(function.Name ?? function.Code.Name),
                    "__qualname__" => PyValue.FromString(function.QualifiedName),
                    "__module__" => function.ModuleName.IsNull ? PyValue.FromString("__main__") : function.ModuleName,
                    "__doc__" => function.Doc.IsNull ? DocString(function) : function.Doc,
                    "__annotations__" => PyValue.FromObject(function.Annotations ??= new PyDict()),
                    "__dict__" => PyValue.FromObject(new PyAttributeDict(function)),
                    "__type_params__" when function.Code.Version >= Python.PythonVersion.Py312 => function.TypeParams.IsNull ? PyValue.FromObject(PyTuple.Empty) : function.TypeParams,
                    "__class__" => PyValue.FromObject(Tags.Function),
                    _ => throw PythonError.Of(Tags.AttributeError, $"'function' object has no attribute '{name}'"),
                };
                return true;
            case PyException exception:
                if (exception.Dict is not null && exception.Dict.TryGetValue(name, out value))
                {
                    return true;
                }

                value = name switch
                {
                    "__cause__" => exception.Cause is { } cause ? PyValue.FromObject(cause) : PyValue.None,
                    "__context__" => exception.Context is { } context ? PyValue.FromObject(context) : PyValue.None,
                    "__suppress_context__" => PyValue.FromBool(exception.SuppressContext),
                    "value" when exception.Type.IsSubtypeOf(Tags.StopIteration) => exception.Args.Length > 0 ? exception.Args[0] : PyValue.None,
                    _ => exception.Type is PyClass type ? FromClass(type, name, owner, after: null) : default,
                };
                return !value.IsNull;
            case PyPartial or PyLruCache or PyTextStream or PyStringIO or PyDict { IsDefaultDict: true } or PyTuple { Shape: not null }:
                value = LibraryObjectAttribute(owner, name);
                return !value.IsNull;
            case PySuper super:
                value = PyOps.TypeOf(super.Self) is PyClass selfType ? FromClass(selfType, name, super.Self, super.After) : default;
                if (value.IsNull)
                {
                    value = NativeSuperAttribute(super, name);
                }

                return true;
            default:
                value = default;
                return false;
        }
    }

    /// <summary>A class attribute seen through an instance: functions bind to it, static and class methods as declared.</summary>
    private static PyValue FromClass(PyClass type, string name, PyValue self, PyType? after)
    {
        if (!type.TryLookup(name, out var value, out _, after))
        {
            return default;
        }

        return value.Ref switch
        {
            PyFunction or PyLruCache => PyValue.FromObject(new PyMethod(self, value)),
            PyStaticMethod s => s.Function,
            PyClassMethod c => PyValue.FromObject(new PyMethod(PyValue.FromObject(type), c.Function)),
            _ => value,
        };
    }

    /// <summary>
    /// method_getattro: a bound method's own __self__ and __func__, every other name looked up on what it binds
    /// (so <c>obj.cached.cache_info()</c> reaches the lru_cache wrapper).
    /// </summary>
    private PyValue MethodAttribute(PyMethod method, string name) => name switch
    {
        "__self__" => method.Self,
        "__func__" => method.Callable,
        _ => GetAttribute(method.Callable, name),
    };

    /// <summary>The property an instance's attribute is (a data descriptor found on its class), or null.</summary>
    private static PyProperty? PropertyOf(PyValue owner, string name)
    {
        var type = owner.Ref switch
        {
            PyInstance i => i.Class,
            PyThreadObject { Class: { } c } => c,
            PyException { Type: PyClass c } => c,
            var other => BuiltinSubclass.ClassOf(other),
        };
        return type is { HasProperties: true } && type.TryLookup(name, out var value, out _) ? value.Ref as PyProperty : null;
    }

    private static PyValue ClassAttribute(PyClass type, string name)
    {
        if (type.TryLookup(name, out var value, out _))
        {
            return value.Ref switch
            {
                PyStaticMethod s => s.Function,
                PyClassMethod c => PyValue.FromObject(new PyMethod(PyValue.FromObject(type), c.Function)),
                _ => value,
            };
        }

        return name switch
        {
            "__name__" => PyValue.FromString(type.Name),
            "__qualname__" => PyValue.FromString(type.QualifiedName),
            "__mro__" => PyValue.FromObject(new PyTuple([.. type.Mro.Select(t => PyValue.FromObject(t))])),
            "__bases__" => PyValue.FromObject(new PyTuple([.. type.Bases.Select(t => PyValue.FromObject(t))])),
            "__dict__" => PyValue.FromObject(new PyAttributeDict(type)),
            "__class__" => PyValue.FromObject(Tags.Type),
            "__new__" => PyValue.FromObject(Builtins.NewOf(BuiltinBase(type))),
            _ => throw PythonError.Of(Tags.AttributeError, $"type object '{type.Name}' has no attribute '{name}'"),
        };
    }

    /// <summary>super() reaching past the Python classes: the built-in base's own methods.</summary>
    private static PyValue NativeSuperAttribute(PySuper super, string name)
    {
        if (super.Self.Ref is PyType cls && name == "__new__")
        {
            // super().__new__(cls, ...) in a __new__: the built-in base's, unbound (it is a static method).
            return PyValue.FromObject(Builtins.NewOf(BuiltinBase(cls)));
        }

        var native = PyOps.TypeOf(super.Self) is PyClass { NativeBase: { } b } ? b : Tags.Object;
        if (super.Self.Ref is PyInstance { NativeValue: { IsNull: false } value })
        {
            // super().__repr__() in an int, float or str subclass: the base's method, on the value.
            return NativeValueMethod(value, name) is { } valueMethod
                ? PyValue.FromObject(new PyBoundMethod(value, valueMethod))
                : name == "__init__" ? PyValue.FromObject(new PyBoundMethod(super.Self, Builtins.ObjectInit))
                : throw PythonError.Of(Tags.AttributeError, $"'super' object has no attribute '{name}'");
        }

        PyBuiltin? method = (native, name) switch
        {
            (_, "__init__") when ReferenceEquals(native, Tags.Thread) => Builtins.ThreadInit,
            (_, "__init__") when native.IsSubtypeOf(Tags.BaseException) => Builtins.ExceptionInit,
            (_, "run") when ReferenceEquals(native, Tags.Thread) => Builtins.ThreadRun,
            (_, "__init__") when ReferenceEquals(native, Tags.Dict) || ReferenceEquals(native, Tags.List) || ReferenceEquals(native, Tags.Set) => Builtins.ContainerInit,
            (_, "__init__") => Builtins.ObjectInit,
            (_, "__setattr__") => Builtins.ObjectSetAttr,
            _ => LookupMethod(super.Self, name),
        };
        return method is not null
            ? PyValue.FromObject(new PyBoundMethod(super.Self, method))
            : throw PythonError.Of(Tags.AttributeError, $"'super' object has no attribute '{name}'");
    }

    private static PythonError NoAttribute(PyClass type, string name) =>
        PythonError.Of(Tags.AttributeError, $"'{type.Name}' object has no attribute '{name}'");

    /// <summary>STORE_ATTR on an instance or class: its dict; false for owners without one.</summary>
    private static bool TrySetObjectAttribute(PyValue owner, string name, PyValue value)
    {
        switch (owner.Ref)
        {
            case PyInstance instance:
                instance.SetAttribute(name, value);
                return true;
            case PyThreadObject thread when name == "name":
                thread.Name = PyFormat.Str(value);
                return true;
            case PyThreadObject thread when name == "daemon":
                thread.Daemon = PyOps.Truthy(value);
                return true;
            case PyThreadObject { Dict: { } dict }:
                dict[name] = value;
                return true;
            case PyClass type:
                type.Dict[name] = value;
                PyClass.NamespaceChanged();
                return true;
            case PyException exception:
                exception.Dict ??= new(StringComparer.Ordinal);
                exception.Dict[name] = value;
                return true;
            case PyFunction function when name is "__name__" or "__qualname__" or "__doc__" or "__module__" or "__annotations__"
                || (name == "__type_params__" && function.Code.Version >= Python.PythonVersion.Py312):
                SetFunctionSlot(function, name, value);
                return true;
            case PyFunction function:
                function.Dict ??= new(StringComparer.Ordinal);
                function.Dict[name] = value;
                return true;
            case PyLruCache cache:
                cache.Dict[name] = value;
                return true;
            case PyDict { IsDefaultDict: true } dict when name == "default_factory":
                dict.DefaultFactory = value;
                return true;
            case PyDict or PyList or PyTuple or PySet when BuiltinSubclass.DictOf(owner.Ref, create: true) is { } own:
                own[name] = value;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The function attributes CPython keeps in the function object itself (func_name, func_qualname...), not in __dict__.</summary>
    private static void SetFunctionSlot(PyFunction function, string name, PyValue value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__" when !value.IsString:
                throw PythonError.Of(Tags.TypeError, $"{name} must be set to a string object");
            case "__name__":
                function.Name = value.String;
                break;
            case "__qualname__":
                function.QualifiedName = value.String;
                break;
            case "__doc__":
                function.Doc = value;
                break;
            case "__module__":
                function.ModuleName = value;
                break;
            case "__type_params__":
                function.TypeParams = value.Ref is PyTuple ? value : throw PythonError.Of(Tags.TypeError, "__type_params__ must be set to a tuple");
                break;
            default:
                function.Annotations = value.Ref as PyDict ?? throw PythonError.Of(Tags.TypeError, "__annotations__ must be set to a dict object");
                break;
        }
    }

    /// <summary>LOAD_NAME in a class body: its namespace, then the module's globals, then the builtins.</summary>
    private PyValue LoadClassName(Frame frame, int nameIndex, SimThread thread, int pc)
    {
        var name = frame.Code.Source.Names[nameIndex];
        if (frame.Namespace!.TryGetValue(name, out var value))
        {
            return value;
        }

        var slot = frame.Code.NameSlots[nameIndex];
        return _globals[slot].IsNull ? LoadBuiltin(slot, thread, Now, frame.Code, pc) : _globals[slot];
    }
}
