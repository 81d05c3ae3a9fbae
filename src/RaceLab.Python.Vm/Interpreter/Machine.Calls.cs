using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Threading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

internal sealed partial class Machine
{
    /// <summary>
    /// Where a call's callable and positional arguments lie on the stack (keyword names already popped), in
    /// each release's layout: 3.9/3.10 CALL_FUNCTION (callable, args); CALL_METHOD and 3.11/3.12 CALL (NULL
    /// or the function below, then self or the callable); 3.13 CALL (callable, then self or NULL). Returns the
    /// callable; <paramref name="consume"/> is where the stack ends once the call has taken its operands.
    /// </summary>
    private static PyValue CallLayout(Op op, PyValue[] slots, int sp, int argc, out int argStart, out int nargs, out int consume)
    {
        switch (op)
        {
            case Op.CallLegacy:
            case Op.CallLegacyKw:
                nargs = argc;
                argStart = sp - argc;
                consume = argStart - 1;
                return slots[consume];
            case Op.Call313:
            case Op.CallKw313:
                {
                    consume = sp - argc - 2;
                    var unbound = slots[consume + 1].IsNull;
                    argStart = unbound ? sp - argc : consume + 1;
                    nargs = unbound ? argc : argc + 1;
                    return slots[consume];
                }

            default:
                {
                    consume = sp - argc - 2;
                    var nullFirst = slots[consume].IsNull;
                    argStart = nullFirst ? sp - argc : consume + 1;
                    nargs = nullFirst ? argc : argc + 1;
                    return nullFirst ? slots[consume + 1] : slots[consume];
                }
        }
    }

    private CallOutcome Call(SimThread thread, Frame f, ref Instr ins, int callPc)
    {
        var slots = f.Slots;
        var sp = f.Sp;
        var argc = ins.Arg;
        PyValue callable;
        int argStart, nargs, consume;
        PyTuple? kwnames = null;
        PyValue[]? exArgs = null;
        switch (ins.Op)
        {
            case Op.CallLegacy:
            case Op.CallLegacyKw:
            case Op.CallMethodLegacy:
            case Op.Call311:
            case Op.Call313:
            case Op.CallKw313:
                if (ins.Op is Op.CallLegacyKw or Op.CallKw313)
                {
                    kwnames = slots[--sp].As<PyTuple>();
                }
                else if (ins.Op == Op.Call311)
                {
                    kwnames = f.KwNames;
                    f.KwNames = null;
                }

                callable = CallLayout(ins.Op, slots, sp, argc, out argStart, out nargs, out consume);
                break;
            default:
                {
                    var mapping = (argc & 1) != 0 ? slots[--sp] : default;
                    var positional = Iteration.ToList(slots[--sp]);
                    callable = slots[--sp];
                    if (Version >= PythonVersion.Py311)
                    {
                        if (Version == PythonVersion.Py313)
                        {
                            // 3.13: (func, NULL, callargs, kwargs): func is one below.
                            callable = slots[--sp];
                        }
                        else
                        {
                            sp--;
                        }
                    }

                    var kwargs = mapping.IsNull ? null : KeywordMapping(mapping, callable);

                    consume = sp;
                    (exArgs, kwnames) = Spread(positional, kwargs);
                    argStart = 0;
                    nargs = exArgs.Length;
                    break;
                }
        }

        var args = exArgs is not null ? exArgs.AsSpan() : slots.AsSpan(argStart, nargs);
        if (callable.Ref is not PyFunction and not PyBuiltin { Id: not (BuiltinId.BuildClass or BuiltinId.Super or BuiltinId.Next or BuiltinId.SetAttr or BuiltinId.Len or (>= BuiltinId.GenSend and <= BuiltinId.GenNext)) }
            && CallObject(thread, f, callable, args, kwnames, consume) is { } outcome)
        {
            return outcome;
        }

        if (callable.Ref is PyFunction function)
        {
            if (function.Code.IsGenerator)
            {
                return StartGenerator(thread, f, function, args, kwnames, consume);
            }

            var frame = thread.RentFrame();
            frame.Reset(function.Code, isModule: false);
            BindArguments(frame, function, args, kwnames);
            frame.Back = f;
            f.Sp = consume;
            thread.Top = frame;
            Advance(thread, Costs.PythonCallExtra);
            return CallOutcome.PythonFrame;
        }

        if (StartNativeTask(thread, f, callable, args, kwnames, consume) is { } task)
        {
            return task;
        }

        var result = CallNative(thread, callable, args, kwnames);
        f.Sp = consume;
        slots[f.Sp++] = result;
        if (_specializes && ins.Op != Op.CallFunctionEx && SpecializesWithoutPoll(callable, nargs, kwnames))
        {
            var counters = _warm[f.Code.Id];
            if (counters[callPc] >= _warmThreshold)
            {
                return CallOutcome.NativeNoPoll;
            }

            counters[callPc]++;
        }

        return CallOutcome.Native;
    }

    private static bool SpecializesWithoutPoll(PyValue callable, int nargs, PyTuple? kwnames)
    {
        if (kwnames is not null && kwnames.Items.Length > 0)
        {
            return false;
        }

        return callable.Ref switch
        {
            PyBuiltin b => b.Id switch
            {
                BuiltinId.Len => nargs == 1,
                BuiltinId.IsInstance => nargs == 2,
                BuiltinId.ListAppend => nargs == 2,
                _ => false,
            },
            PyType t => ReferenceEquals(t, Tags.Type) && nargs == 1,
            _ => false,
        };
    }

    private static (PyValue[] Args, PyTuple? KwNames) Spread(List<PyValue> positional, PyDict? kwargs)
    {
        if (kwargs is null || kwargs.Items.Count == 0)
        {
            return ([.. positional], null);
        }

        var names = kwargs.Items.Select(p => p.Key).ToArray();
        return ([.. positional, .. kwargs.Items.Select(p => p.Value)], new PyTuple(names));
    }

    /// <summary>Adds simulated time to the running thread.</summary>
    public void Advance(SimThread thread, long picoseconds)
    {
        if (FreeThreaded)
        {
            thread.Clock += picoseconds;
        }
        else
        {
            Now += picoseconds;
        }
    }

    public long ClockOf(SimThread thread) => FreeThreaded ? thread.Clock : Now;

    private void BindArguments(Frame frame, PyFunction function, ReadOnlySpan<PyValue> args, PyTuple? kwnames)
    {
        var code = function.Code;
        var src = code.Source;
        var slots = frame.Slots;
        var nkw = kwnames?.Items.Length ?? 0;
        var npos = args.Length - nkw;
        var argcount = src.ArgCount;
        var kwonly = src.KeywordOnlyArgCount;
        var varargs = (src.Flags & CodeFlags.VarArgs) != 0;
        if (npos > argcount && !varargs)
        {
            throw TooManyPositional(function, npos, kwnames);
        }

        var copied = Math.Min(npos, argcount);
        args[..copied].CopyTo(slots);
        if (varargs)
        {
            slots[argcount + kwonly] = PyValue.FromObject(new PyTuple(args[copied..npos].ToArray()));
        }

        if ((src.Flags & CodeFlags.VarKeywords) != 0 || src.PositionalOnlyArgCount > 0)
        {
            BindKeywordsOrDict(function, slots, args[npos..], kwnames, copied);
        }
        else if (nkw > 0 || copied < argcount || kwonly > 0)
        {
            BindKeywords(function, slots, args[npos..], kwnames, copied);
        }

        if (code.Version <= PythonVersion.Py310)
        {
            var nvars = src.VarNames.Length;
            for (var i = 0; i < code.CellArgSlots.Length; i++)
            {
                var seed = code.CellArgSlots[i];
                slots[nvars + i] = PyValue.FromObject(new PyCell { Value = seed >= 0 ? slots[seed] : default });
            }

            for (var j = 0; j < function.Closure.Length; j++)
            {
                slots[nvars + code.CellArgSlots.Length + j] = PyValue.FromObject(function.Closure[j]);
            }
        }
        else
        {
            frame.Closure = function.Closure;
        }
    }

    /// <summary>How an argument error names the function: 3.10+ by its qualified name (Pair.__new__), 3.9 by its name.</summary>
    private static string CallName(PyFunction function) =>
        function.Code.Source.Version >= PythonVersion.Py310 ? function.QualifiedName : function.Code.Source.Name;

    private static void BindKeywords(PyFunction function, PyValue[] slots, ReadOnlySpan<PyValue> values, PyTuple? kwnames, int copied)
    {
        var src = function.Code.Source;
        var argcount = src.ArgCount;
        var kwonly = src.KeywordOnlyArgCount;
        for (var k = 0; k < values.Length; k++)
        {
            var name = kwnames!.Items[k].String;
            var index = src.VarNames.IndexOf(name);
            if (index < 0 || index >= argcount + kwonly)
            {
                throw PythonError.Of(Tags.TypeError, $"{CallName(function)}() got an unexpected keyword argument '{name}'");
            }

            if (!slots[index].IsNull)
            {
                throw PythonError.Of(Tags.TypeError, $"{CallName(function)}() got multiple values for argument '{name}'");
            }

            slots[index] = values[k];
        }

        var defaults = function.Defaults;
        List<string>? missing = null;
        for (var i = copied; i < argcount; i++)
        {
            if (!slots[i].IsNull)
            {
                continue;
            }

            var d = i - (argcount - defaults.Length);
            if (d < 0)
            {
                (missing ??= []).Add(src.VarNames[i]);
                continue;
            }

            slots[i] = defaults[d];
        }

        if (missing is not null)
        {
            throw MissingArguments(function, missing, "positional");
        }

        for (var i = argcount; i < argcount + kwonly; i++)
        {
            if (!slots[i].IsNull)
            {
                continue;
            }

            if (function.KeywordDefaults is null || !function.KeywordDefaults.TryGet(PyValue.FromString(src.VarNames[i]), out var value))
            {
                (missing ??= []).Add(src.VarNames[i]);
                continue;
            }

            slots[i] = value;
        }

        if (missing is not null)
        {
            throw MissingArguments(function, missing, "keyword-only");
        }
    }

    /// <summary>CPython's missing_arguments: every missing name, quoted, as "'a'", "'a' and 'b'" or "'a', 'b', and 'c'".</summary>
    private static PythonError MissingArguments(PyFunction function, List<string> names, string kind)
    {
        var quoted = names.Select(n => "'" + n + "'").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " and " + quoted[1],
            _ => string.Join(", ", quoted[..^1]) + ", and " + quoted[^1],
        };
        var plural = names.Count > 1 ? "s" : string.Empty;
        return PythonError.Of(Tags.TypeError, $"{CallName(function)}() missing {names.Count} required {kind} argument{plural}: {list}");
    }

    private int MakeFunction(PyValue[] slots, int sp, int flags)
    {
        string? qualname = null;
        if (Version <= PythonVersion.Py310)
        {
            qualname = slots[--sp].String;
        }

        var code = slots[--sp].As<CompiledCode>();
        var function = new PyFunction(code, qualname ?? code.QualifiedName);
        if (Version <= PythonVersion.Py312)
        {
            foreach (var bit in new[] { 8, 4, 2, 1 })
            {
                if ((flags & bit) != 0)
                {
                    SetFunctionAttribute(function, slots[--sp], bit);
                }
            }
        }

        slots[sp++] = PyValue.FromObject(function);
        return sp;
    }

    /// <summary>3.9 passes a def's annotations as a dict; 3.10+ as a flat tuple of name, value pairs.</summary>
    private static PyDict AnnotationsDict(PyValue value)
    {
        if (value.Ref is PyDict dict)
        {
            return dict;
        }

        var items = value.As<PyTuple>().Items;
        var annotations = new PyDict();
        for (var i = 0; i + 1 < items.Length; i += 2)
        {
            annotations.Set(items[i], items[i + 1]);
        }

        return annotations;
    }

    private static void SetFunctionAttribute(PyFunction function, PyValue value, int flag)
    {
        switch (flag)
        {
            case 1:
                function.Defaults = value.As<PyTuple>().Items;
                break;
            case 2:
                function.KeywordDefaults = value.As<PyDict>();
                break;
            case 4:
                function.Annotations = AnnotationsDict(value);
                break;
            case 8:
                function.Closure = value.As<PyTuple>().Items.Select(c => c.As<PyCell>()).ToArray();
                break;
        }
    }
}
