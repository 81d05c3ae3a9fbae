using System.Globalization;
using System.Numerics;
using System.Text;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    private readonly PyValue[] _scratch = new PyValue[16];

    public PyValue CallNative(SimThread thread, PyValue callable, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        switch (callable.Ref)
        {
            case PyBoundMethod bound:
                {
                    // Built-ins never call back into CallNative, so one scratch buffer serves every bound call.
                    var all = args.Length < _scratch.Length ? _scratch.AsSpan(0, args.Length + 1) : new PyValue[args.Length + 1];
                    all[0] = bound.Self;
                    args.CopyTo(all[1..]);
                    return Invoke(thread, bound.Function, all, kwnames);
                }

            case PyBuiltin builtin:
                return Invoke(thread, builtin, args, kwnames);
            case PyType type when ReferenceEquals(type, Tags.Partial) || ReferenceEquals(type, Tags.DefaultDict):
                {
                    var kw = Keywords(args, kwnames, out var npos);
                    return ReferenceEquals(type, Tags.Partial) ? MakePartial(args[..npos], kw) : MakeDefaultDict(args[..npos], kw);
                }

            case PyType type:
                return Construct(type, args, kwnames);
            case PyFunction:
                throw PythonError.Of(Tags.TypeError, "calling a Python function from a built-in is not modelled");
        }

        throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(callable).Name}' object is not callable");
    }

    private PyValue Invoke(SimThread thread, PyBuiltin builtin, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var kw = Keywords(args, kwnames, out var npos);
        var pos = args[..npos];
        if (builtin.Id is BuiltinId.Abs or BuiltinId.Range or (>= BuiltinId.StrJoin and <= BuiltinId.StrReplace))
        {
            // These take the int or str of a subclass instance, as CPython's read it through __index__ or the str's data.
            pos = UnwrapValues(pos);
        }

        Advance(thread, Costs.NativeExtra(builtin.Id));
        switch (builtin.Id)
        {
            case BuiltinId.Print:
                Print(pos, kw);
                return PyValue.None;
            case BuiltinId.Len:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromInt(Length(pos[0]));
            case BuiltinId.Range:
                return MakeRange(pos, kw);
            case BuiltinId.Sorted:
                return Sorted(pos, kw);
            case BuiltinId.HasAttr or BuiltinId.GetAttr:
                {
                    Expect(builtin, pos, 2, builtin.Id == BuiltinId.GetAttr ? 3 : 2, kw);
                    var name = string.Intern(pos[1].IsString ? pos[1].String : throw PythonError.Of(Tags.TypeError, "attribute name must be string"));
                    if (PropertyOf(pos[0], name) is not null)
                    {
                        throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() of a property is not modelled by the simulator (its getter is Python code)");
                    }

                    try
                    {
                        var value = GetAttribute(pos[0], name);
                        return builtin.Id == BuiltinId.HasAttr ? PyValue.True : value;
                    }
                    catch (PythonError e) when (e.Exception.Type.IsSubtypeOf(Tags.AttributeError) && (builtin.Id == BuiltinId.HasAttr || pos.Length == 3))
                    {
                        return builtin.Id == BuiltinId.HasAttr ? PyValue.False : pos[2];
                    }
                }

            case BuiltinId.SetAttr:
                {
                    Expect(builtin, pos, 3, 3, kw);
                    var name = string.Intern(pos[1].IsString ? pos[1].String : throw PythonError.Of(Tags.TypeError, "attribute name must be string"));
                    if (pos[0].Ref is PyThreadLocal local)
                    {
                        local.For(thread.Id)[name] = pos[2];
                        return PyValue.None;
                    }

                    if (pos[0].Ref is PyPlainObject)
                    {
                        throw NoAttributeOfPlainObject(name, setting: true);
                    }

                    if (PropertyOf(pos[0], name) is not null || !(TrySetObjectAttribute(pos[0], name, pos[2]) || TrySetModuleGlobal(pos[0], name, pos[2])))
                    {
                        throw PythonError.Of(Tags.AttributeError, $"'{PyOps.TypeOf(pos[0]).Name}' object attribute '{name}' cannot be set by the simulator");
                    }

                    return PyValue.None;
                }

            case BuiltinId.Max:
            case BuiltinId.Min:
                return IterableBuiltin(thread, builtin, pos, kw);
            case BuiltinId.Abs:
                Expect(builtin, pos, 1, 1, kw);
                return pos[0].IsFloat ? PyValue.FromFloat(Math.Abs(pos[0].Float))
                    : pos[0].IsIntegral ? PyValue.FromBig(BigInteger.Abs(pos[0].ToBig()))
                    : throw PythonError.Of(Tags.TypeError, $"bad operand type for abs(): '{PyOps.TypeOf(pos[0]).Name}'");
            case BuiltinId.IsInstance:
                Expect(builtin, pos, 2, 2, kw);
                return PyValue.FromBool(IsInstance(pos[0], pos[1]));
            case BuiltinId.IsSubclass:
                Expect(builtin, pos, 2, 2, kw);
                return PyValue.FromBool(IsSubclass(pos[0], pos[1]));
            case BuiltinId.Sum:
                {
                    var total = pos.Length > 1 ? pos[1] : PyValue.FromInt(0);
                    foreach (var item in Iteration.ToList(pos[0]))
                    {
                        total = PyOps.Binary(BinaryOps.Add, total, item);
                    }

                    return total;
                }

            case BuiltinId.Next:
                Expect(builtin, pos, 1, 2, kw);
                return Iteration.Next(pos[0], out var next) ? next
                    : pos.Length == 2 ? pos[1]
                    : throw new PythonError(new PyException(Tags.StopIteration, []));
            case BuiltinId.Iter:
                Expect(builtin, pos, 1, 2, kw);
                return pos.Length == 1 ? Iteration.GetIter(pos[0]) : CallIterator(pos[0], pos[1]);
            case BuiltinId.Repr:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromString(PyFormat.Repr(pos[0]));
            case BuiltinId.Thread:
                return NewThread(thread, pos, kw);
            case BuiltinId.ThreadInit:
                InitThread(pos[0].As<PyThreadObject>(), args[1..], kwnames);
                return PyValue.None;
            case BuiltinId.StaticMethod:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromObject(new PyStaticMethod(pos[0]));
            case BuiltinId.ClassMethod:
                Expect(builtin, pos, 1, 1, kw);
                return PyValue.FromObject(new PyClassMethod(pos[0]));
            case BuiltinId.Property:
                {
                    var given = pos.ToArray();
                    PyFunction? Accessor(int index, string name) =>
                        (kw is not null && kw.TryGetValue(name, out var k) ? k : index < given.Length ? given[index] : PyValue.None).Ref as PyFunction;
                    return PyValue.FromObject(new PyProperty(Accessor(0, "fget"), Accessor(1, "fset")));
                }

            case BuiltinId.PropertySetter:
                Expect(builtin, pos, 2, 2, kw);
                return PyValue.FromObject(new PyProperty(pos[0].As<PyProperty>().Getter, pos[1].Ref as PyFunction));
            case BuiltinId.ExceptionInit:
                pos[0].As<PyException>().Args = pos[1..].ToArray();
                return PyValue.None;
            case BuiltinId.ObjectInit:
                if (pos.Length > 1 || kw is not null)
                {
                    throw PythonError.Of(Tags.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
                }

                return PyValue.None;
            case BuiltinId.Super:
                Expect(builtin, pos, 2, 2, kw);
                return MakeSuper(pos[0], pos[1]);
            case BuiltinId.ThreadRun:
                throw PythonError.Of(Tags.TypeError, "Thread.run() called from a subclass is not modelled by the simulator");
            case BuiltinId.Lock:
                Expect(builtin, pos, 0, 0, kw);
                return PyValue.FromObject(new PyLock());
            case BuiltinId.SetSwitchInterval:
                {
                    Expect(builtin, pos, 1, 1, kw);
                    var seconds = PyOps.ToDouble(pos[0]);
                    if (seconds <= 0)
                    {
                        throw PythonError.Of(Tags.ValueError, "switch interval must be strictly positive");
                    }

                    Scheduler.SetInterval(seconds);
                    return PyValue.None;
                }

            case BuiltinId.GetSwitchInterval:
                return PyValue.FromFloat(Scheduler.IntervalSeconds);
            case BuiltinId.CurrentThread:
                return PyValue.FromObject(ThreadObject(thread));
            case BuiltinId.ThreadStart:
                Scheduler.Start(thread, pos[0].As<PyThreadObject>());
                return PyValue.None;
            case BuiltinId.ThreadJoin:
                Scheduler.Join(thread, pos[0].As<PyThreadObject>());
                return PyValue.None;
            case BuiltinId.ThreadIsAlive:
                {
                    var t = pos[0].As<PyThreadObject>().Thread;
                    return PyValue.FromBool(t is not null && t.State != Threading.ThreadState.Finished);
                }

            case BuiltinId.LockAcquire:
                return LockAcquire(thread, pos, kw);
            case BuiltinId.ObjectNew:
                return CallTypeNew(builtin, args, kwnames);
            case BuiltinId.ContainerInit:
                InitContainer(args[0], args[1..], kwnames);
                return PyValue.None;
            case >= BuiltinId.DunderGetItem and <= BuiltinId.DunderRepr:
                return ContainerDunder(builtin, pos, kw);
            case BuiltinId.ValueDunder:
                return ValueDunder(builtin, pos, kw);
            case BuiltinId.DictViewIsDisjoint:
                Expect(builtin, pos, 2, 2, kw);
                return PyValue.FromBool(PyOps.ViewIsDisjoint(pos[0].As<PyDictView>(), pos[1]));
            case >= BuiltinId.RLock:
                return InvokeLibrary(thread, builtin, pos, kw);

            case BuiltinId.LockEnter:
                return PyValue.FromBool(Scheduler.Acquire(thread, pos[0].As<PyLock>(), blocking: true));
            case BuiltinId.LockRelease:
            case BuiltinId.LockExit:
                Scheduler.Release(thread, pos[0].As<PyLock>());
                return PyValue.None;
            case BuiltinId.LockLocked:
                return PyValue.FromBool(pos[0].As<PyLock>().Owner is not null);
            case >= BuiltinId.ListIndex and <= BuiltinId.ListSort:
                return ListMethod(builtin, pos, kw);
            case >= BuiltinId.DictGet and <= BuiltinId.DictCopy:
                return DictMethod(builtin, pos, kw);
            case >= BuiltinId.SetAdd and <= BuiltinId.SetIsSuperset:
                return SetMethod(builtin, pos, kw);
            case >= BuiltinId.Enumerate and <= BuiltinId.Hash:
                return IterableBuiltin(thread, builtin, pos, kw);
            case >= BuiltinId.StrJoin and <= BuiltinId.StrReplace:
                return StrMethod(builtin, pos, kw);
            case BuiltinId.ListAppend:
                Expect(builtin, pos, 2, 2, kw);
                pos[0].As<PyList>().Items.Add(pos[1]);
                return PyValue.None;
            case BuiltinId.ListExtend:
                Expect(builtin, pos, 2, 2, kw);
                pos[0].As<PyList>().Items.AddRange(Iteration.ToList(pos[1]));
                return PyValue.None;
            case BuiltinId.ListPop:
                {
                    var items = pos[0].As<PyList>().Items;
                    if (items.Count == 0)
                    {
                        throw PythonError.Of(Tags.IndexError, "pop from empty list");
                    }

                    var index = pos.Length > 1 ? Index(pos[1], items.Count, "pop") : items.Count - 1;
                    var value = items[index];
                    items.RemoveAt(index);
                    return value;
                }
        }

        throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() is not supported");
    }

    /// <summary>The special methods of dict, list and tuple called by name (super().__setitem__(k, v) in a subclass).</summary>
    private static PyValue ContainerDunder(PyBuiltin method, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var arity = method.Id switch
        {
            BuiltinId.DunderSetItem => 3,
            BuiltinId.DunderGetItem or BuiltinId.DunderDelItem or BuiltinId.DunderContains => 2,
            _ => 1,
        };
        Expect(method, pos, arity, arity, kw);
        switch (method.Id)
        {
            case BuiltinId.DunderGetItem:
                return Subscript(pos[0], pos[1]);
            case BuiltinId.DunderSetItem:
                StoreSubscript(pos[0], pos[1], pos[2]);
                return PyValue.None;
            case BuiltinId.DunderDelItem:
                DeleteSubscript(pos[0], pos[1]);
                return PyValue.None;
            case BuiltinId.DunderContains:
                return PyValue.FromBool(PyOps.Contains(pos[0], pos[1]));
            case BuiltinId.DunderLen:
                return PyValue.FromInt(Length(pos[0]));
            case BuiltinId.DunderIter:
                return Iteration.GetIter(pos[0]);
            default:
                return PyValue.FromString(PyFormat.Repr(pos[0]));
        }
    }

    private static ReadOnlySpan<PyValue> UnwrapValues(ReadOnlySpan<PyValue> values)
    {
        foreach (var value in values)
        {
            if (BuiltinSubclass.HasNativeValue(value))
            {
                var plain = new PyValue[values.Length];
                for (var i = 0; i < plain.Length; i++)
                {
                    plain[i] = BuiltinSubclass.Unwrap(values[i]);
                }

                return plain;
            }
        }

        return values;
    }

    private static Dictionary<string, PyValue>? Keywords(ReadOnlySpan<PyValue> args, PyTuple? kwnames, out int npos)
    {
        var nkw = kwnames?.Items.Length ?? 0;
        npos = args.Length - nkw;
        if (nkw == 0)
        {
            return null;
        }

        var kw = new Dictionary<string, PyValue>(StringComparer.Ordinal);
        for (var i = 0; i < nkw; i++)
        {
            kw[kwnames!.Items[i].String] = args[npos + i];
        }

        return kw;
    }

    private static void Expect(PyBuiltin builtin, ReadOnlySpan<PyValue> pos, int min, int max, Dictionary<string, PyValue>? kw)
    {
        if (kw is not null)
        {
            throw PythonError.Of(Tags.TypeError, $"{builtin.Name}() takes no keyword arguments");
        }

        if (pos.Length < min || pos.Length > max)
        {
            throw PythonError.Of(Tags.TypeError, min == max
                ? $"{builtin.Name}() takes exactly {(min == 1 ? "one argument" : $"{min} arguments")} ({pos.Length} given)"
                : $"{builtin.Name}() expected at most {max} arguments, got {pos.Length}");
        }
    }

    private void Print(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        var sep = " ";
        var end = "\n";
        // builtin_print: file=None means sys.stdout as it is now (contextlib.redirect_stdout replaces it).
        var file = _sysStdout;
        if (kw is not null)
        {
            if (kw.TryGetValue("file", out var f) && !f.IsNone)
            {
                file = f;
            }

            if (kw.TryGetValue("sep", out var s) && !s.IsNone)
            {
                sep = s.String;
            }

            if (kw.TryGetValue("end", out var e) && !e.IsNone)
            {
                end = e.String;
            }
        }

        var text = new StringBuilder();
        for (var i = 0; i < pos.Length; i++)
        {
            if (i > 0)
            {
                text.Append(sep);
            }

            text.Append(PyFormat.Str(pos[i]));
        }

        switch (file.Ref)
        {
            case PyTextStream stream:
                WriteTo(stream, text.Append(end).ToString());
                break;
            case PyStringIO buffer:
                // print calls file.write per piece, all in C with no check point between: one write is the same.
                WriteAt(buffer, PyValue.FromString(text.Append(end).ToString()));
                break;
            case var _ when file.IsNone:
                // sys.stdout set to None: builtin_print returns at once, writing nothing.
                break;
            default:
                throw PythonError.Of(Tags.TypeError, $"print() to a '{PyOps.TypeOf(file).Name}' is not modelled by the simulator (only sys.stdout, sys.stderr and io.StringIO)");
        }
    }

    private static long Length(PyValue v) => v.Ref switch
    {
        string s => s.Length,
        PyList l => l.Items.Count,
        PyDeque d => d.Count,
        PyTuple t => t.Items.Length,
        PyDict d => d.Items.Count,
        PyAttributeDict a => a.Names.Count,
        PySet s => s.Count,
        PyDictView view => view.Count,
        PyRange r => r.Length,
        PyInstance { NativeValue.IsString: true } i => i.NativeValue.String.Length,
        _ => throw PythonError.Of(Tags.TypeError, $"object of type '{PyOps.TypeOf(v).Name}' has no len()"),
    };

    private static PyValue MakeRange(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        if (kw is not null || pos.Length is < 1 or > 3)
        {
            throw PythonError.Of(Tags.TypeError, $"range expected at most 3 arguments, got {pos.Length}");
        }

        foreach (var p in pos)
        {
            if (!p.IsIntegral || p.IsBigInt)
            {
                throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(p).Name}' object cannot be interpreted as an integer");
            }
        }

        var (start, stop, step) = pos.Length switch
        {
            1 => (0L, pos[0].Int, 1L),
            2 => (pos[0].Int, pos[1].Int, 1L),
            _ => (pos[0].Int, pos[1].Int, pos[2].Int),
        };
        return step == 0
            ? throw PythonError.Of(Tags.ValueError, "range() arg 3 must not be zero")
            : PyValue.FromObject(new PyRange(start, stop, step));
    }

    /// <summary>
    /// sorted(iterable, *, reverse=False): a stable sort by &lt;. A key function is called by a task
    /// (StartCalls) and never reaches here, except over nothing, where it is never called.
    /// </summary>
    private static PyValue Sorted(ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        if (pos.Length != 1)
        {
            throw PythonError.Of(Tags.TypeError, $"sorted expected 1 argument, got {pos.Length}");
        }

        var items = Iteration.ToList(pos[0]);
        if (kw is not null && kw.Keys.Any(k => k != "reverse" && !(k == "key" && items.Count == 0)))
        {
            throw PythonError.Of(Tags.TypeError, "sorted(key=...) is not modelled by the simulator");
        }

        var reverse = kw is not null && kw.TryGetValue("reverse", out var r) && PyOps.Truthy(r);
        var order = Enumerable.Range(0, items.Count).ToArray();

        // Python's sort is stable and reverse=True keeps equal items in their original order.
        SortOrder(order, (i, j) =>
        {
            var (a, b) = reverse ? (items[j], items[i]) : (items[i], items[j]);
            return PyOps.Compare(0, a, b) ? -1 : PyOps.Compare(0, b, a) ? 1 : i.CompareTo(j);
        });
        return PyValue.FromObject(new PyList([.. order.Select(i => items[i])]));
    }

    private bool IsInstance(PyValue obj, PyValue type) => type.Ref switch
    {
        PyType t => PyOps.TypeOf(obj).IsSubtypeOf(t),
        PyTuple types => Array.Exists(types.Items, t => IsInstance(obj, t)),
        // CPython 3.10 added unions (X | Y) to the accepted second arguments, and to the message.
        _ => throw PythonError.Of(Tags.TypeError, Version >= PythonVersion.Py310
            ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
            : "isinstance() arg 2 must be a type or tuple of types"),
    };

    private bool IsSubclass(PyValue cls, PyValue type)
    {
        if (cls.Ref is not PyType sub)
        {
            throw PythonError.Of(Tags.TypeError, "issubclass() arg 1 must be a class");
        }

        return type.Ref switch
        {
            PyType t => sub.IsSubtypeOf(t),
            PyTuple types => Array.Exists(types.Items, t => IsSubclass(cls, t)),
            // CPython 3.10 added unions (X | Y) to the accepted second arguments, and to the message.
            _ => throw PythonError.Of(Tags.TypeError, Version >= PythonVersion.Py310
                ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                : "issubclass() arg 2 must be a class or tuple of classes"),
        };
    }

    private PyValue NewThread(SimThread current, ReadOnlySpan<PyValue> pos, Dictionary<string, PyValue>? kw)
    {
        // Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)
        var positional = pos.ToArray();
        PyValue Arg(int index, string name) =>
            kw is not null && kw.TryGetValue(name, out var v) ? v : index < positional.Length ? positional[index] : PyValue.None;
        var target = Arg(1, "target");
        var name = Arg(2, "name");
        var args = Arg(3, "args");
        var kwargs = Arg(4, "kwargs");
        var argValues = args.IsNone ? [] : Iteration.ToList(args).ToArray();
        var threadName = name.IsNone ? NextThreadName(target) : PyFormat.Str(name);
        // A thread is a daemon if asked, else if the thread creating it is one (Thread.__init__).
        var daemon = kw is not null && kw.TryGetValue("daemon", out var d) && !d.IsNone ? PyOps.Truthy(d) : current.Object?.Daemon ?? false;
        return PyValue.FromObject(new PyThreadObject(target, argValues, kwargs.IsNone ? null : kwargs.As<PyDict>(), threadName) { Daemon = daemon });
    }

    private static PyValue Construct(PyType type, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        if (type.IsSubtypeOf(Tags.BaseException))
        {
            return PyValue.FromObject(new PyException(type, args.ToArray()));
        }

        if (kwnames is not null && kwnames.Items.Length > 0)
        {
            throw PythonError.Of(Tags.TypeError, $"{type.Name}() keyword arguments are not supported by the simulator");
        }

        var x = args.Length > 0 ? args[0] : default;
        if (ReferenceEquals(type, Tags.Object))
        {
            return args.Length == 0 ? PyValue.FromObject(new PyPlainObject()) : throw PythonError.Of(Tags.TypeError, "object() takes no arguments");
        }

        if (ReferenceEquals(type, Tags.Int) || ReferenceEquals(type, Tags.Float))
        {
            // An int, float or str subclass instance converts as its value does.
            x = BuiltinSubclass.Unwrap(x);
        }

        if (ReferenceEquals(type, Tags.Int))
        {
            return args.Length switch
            {
                0 => PyValue.FromInt(0),
                1 => ToInt(x),
                2 => IntFromText(x, BuiltinSubclass.Unwrap(args[1])),
                _ => throw PythonError.Of(Tags.TypeError, $"int() takes at most 2 arguments ({args.Length} given)"),
            };
        }

        if (ReferenceEquals(type, Tags.Float))
        {
            return args.Length switch
            {
                0 => PyValue.FromFloat(0),
                > 1 => throw PythonError.Of(Tags.TypeError, $"float expected at most 1 argument, got {args.Length}"),
                _ => x.Ref is string s ? PyValue.FromFloat(FloatFromText(s)) : PyValue.FromFloat(PyOps.ToDouble(x)),
            };
        }

        if (ReferenceEquals(type, Tags.Str))
        {
            return args.Length switch
            {
                0 => PyValue.FromString(string.Empty),
                1 => PyValue.FromString(PyFormat.Str(x)),
                > 3 => throw PythonError.Of(Tags.TypeError, $"str() takes at most 3 arguments ({args.Length} given)"),
                // str(object, encoding): bytes are not modelled, so whatever the object is, it cannot be decoded.
                _ => throw PythonError.Of(Tags.TypeError, BuiltinSubclass.Unwrap(x).IsString
                    ? "decoding str is not supported"
                    : $"decoding to str: need a bytes-like object, {PyOps.TypeOf(x).Name} found"),
            };
        }

        if (ReferenceEquals(type, Tags.Bool))
        {
            return PyValue.FromBool(args.Length > 0 && PyOps.Truthy(x));
        }

        if (ReferenceEquals(type, Tags.List))
        {
            return PyValue.FromObject(new PyList(args.Length == 0 ? [] : Iteration.ToList(x)));
        }

        if (ReferenceEquals(type, Tags.Tuple))
        {
            return PyValue.FromObject(args.Length == 0 ? PyTuple.Empty : new PyTuple([.. Iteration.ToList(x)]));
        }

        if (ReferenceEquals(type, Tags.ThreadLocal))
        {
            return args.Length > 0 || kwnames is { Items.Length: > 0 }
                ? throw PythonError.Of(Tags.TypeError, "Initialization arguments are not supported")
                : PyValue.FromObject(new PyThreadLocal());
        }

        if (ReferenceEquals(type, Tags.RandomCore))
        {
            // random.Random.__init__ seeds it at once (from the run's seed when given none); until then, as if seed(0).
            var generator = new MersenneTwister();
            generator.Seed(args.Length > 0 && x.IsIntegral ? x.ToBig() : System.Numerics.BigInteger.Zero);
            return PyValue.FromObject(new PyRandomCore(generator));
        }

        if (ReferenceEquals(type, Tags.StringIO))
        {
            return NewStringIO(args, kwnames);
        }

        if (ReferenceEquals(type, Tags.SimpleQueue))
        {
            return PyValue.FromObject(new PySimpleQueue());
        }

        if (ReferenceEquals(type, Tags.Deque))
        {
            var deque = new PyDeque(args.Length > 1 && !args[1].IsNone ? (int)args[1].Int : null);
            foreach (var item in args.Length == 0 || args[0].IsNone ? [] : Iteration.ToList(x))
            {
                deque.Append(item);
            }

            return PyValue.FromObject(deque);
        }

        if (ReferenceEquals(type, Tags.Dict))
        {
            // dict(mapping or iterable of pairs, **kwargs).
            var dict = new PyDict();
            var kw = Keywords(args, kwnames, out var npos);
            if (npos > 0 && (args[0].Ref as PyDict ?? (args[0].Ref as PyAttributeDict)?.Snapshot()) is { } source)
            {
                source.Items.ForEach(p => dict.Set(p.Key, p.Value));
            }
            else if (npos > 0)
            {
                foreach (var pair in Iteration.ToList(args[0]))
                {
                    var kv = Iteration.ToList(pair);
                    if (kv.Count != 2)
                    {
                        throw PythonError.Of(Tags.ValueError, $"dictionary update sequence element #0 has length {kv.Count}; 2 is required");
                    }

                    dict.Set(kv[0], kv[1]);
                }
            }

            foreach (var (name, value) in kw ?? [])
            {
                dict.Set(PyValue.FromString(name), value);
            }

            return PyValue.FromObject(dict);
        }

        if (ReferenceEquals(type, Tags.Set) || ReferenceEquals(type, Tags.FrozenSet))
        {
            var frozen = ReferenceEquals(type, Tags.FrozenSet);
            return PyValue.FromObject(args.Length == 0 ? new PySet(frozen) : PySet.From(x, frozen));
        }

        if (ReferenceEquals(type, Tags.Type) && args.Length == 3)
        {
            return NewClass(args[0], args[1], args[2]);
        }

        if (ReferenceEquals(type, Tags.Type) && args.Length == 1)
        {
            return PyValue.FromObject(PyOps.TypeOf(x));
        }

        throw PythonError.Of(Tags.TypeError, $"cannot create '{type.Name}' instances");
    }

    /// <summary>float(text): a decimal or exponent literal, inf or nan (any case, signed), else CPython's ValueError.</summary>
    private static double FloatFromText(string text)
    {
        var t = text.Trim();
        var unsigned = t.TrimStart('+', '-').ToLowerInvariant();
        var sign = t.StartsWith('-') ? -1.0 : 1.0;
        if (t.Length - unsigned.Length <= 1 && unsigned is "inf" or "infinity" or "nan")
        {
            return unsigned == "nan" ? double.NaN : sign * double.PositiveInfinity;
        }

        var valid = t.Length > 0 && !t.Contains("__", StringComparison.Ordinal) && !t.StartsWith('_') && !t.EndsWith('_')
            && t.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-' or '_');
        return valid && double.TryParse(t.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw PythonError.Of(Tags.ValueError, $"could not convert string to float: {PyFormat.Repr(PyValue.FromString(text))}");
    }

    /// <summary>int(text, base) for bases 2 to 36 (base 0, prefixes and bytes are not modelled).</summary>
    private static PyValue IntFromText(PyValue text, PyValue radix)
    {
        // int_new reads the base first, then refuses a non-string.
        if (!radix.IsInt || radix.Int is < 2 or > 36)
        {
            throw PythonError.Of(radix.IsIntegral ? Tags.ValueError : Tags.TypeError, radix.IsIntegral
                ? "int() base must be >= 2 and <= 36, or 0"
                : $"'{PyOps.TypeOf(radix).Name}' object cannot be interpreted as an integer");
        }

        if (text.Ref is not string s)
        {
            throw PythonError.Of(Tags.TypeError, "int() can't convert non-string with explicit base");
        }

        var digits = s.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = digits.StartsWith('-');
        BigInteger value = 0;
        foreach (var c in negative || digits.StartsWith('+') ? digits[1..] : digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (digit >= radix.Int)
            {
                throw PythonError.Of(Tags.ValueError, $"invalid literal for int() with base {radix.Int}: {PyFormat.Repr(text)}");
            }

            value = (value * radix.Int) + digit;
        }

        return digits.Length == 0 || (digits.Length == 1 && !char.IsAsciiLetterOrDigit(digits[0]))
            ? throw PythonError.Of(Tags.ValueError, $"invalid literal for int() with base {radix.Int}: {PyFormat.Repr(text)}")
            : PyValue.FromBig(negative ? -value : value);
    }

    private static PyValue ToInt(PyValue x)
    {
        if (x.IsIntegral)
        {
            return x.IsBool ? PyValue.FromInt(x.Int) : x;
        }

        if (x.IsFloat)
        {
            return PyValue.FromBig(new BigInteger(Math.Truncate(x.Float)));
        }

        if (x.Ref is string s)
        {
            var text = s.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
            if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && !s.Contains("__", StringComparison.Ordinal))
            {
                return PyValue.FromBig(value);
            }

            throw PythonError.Of(Tags.ValueError, $"invalid literal for int() with base 10: {PyFormat.Repr(x)}");
        }

        throw PythonError.Of(Tags.TypeError, $"int() argument must be a string, a bytes-like object or a real number, not '{PyOps.TypeOf(x).Name}'");
    }
}
