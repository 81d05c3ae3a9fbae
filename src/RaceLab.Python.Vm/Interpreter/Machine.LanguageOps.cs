using RaceLab.Python.Bytecode;
using RaceLab.Python.Vm.Loading;
using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// Instructions that neither switch frames nor touch the ledger (dict merging for <c>f(**k)</c>, ...): the
/// dispatch loop's default case hands them here with the frame's Sp and Pc saved, and takes back the new Sp.
/// </summary>
internal sealed partial class Machine
{
    private int RunLanguageOp(Frame f, Instr ins)
    {
        var slots = f.Slots;
        var sp = f.Sp;
        switch (ins.Op)
        {
            case Op.DictMerge:
                {
                    var update = slots[--sp];
                    var target = slots[sp - ins.Arg].As<PyDict>();
                    MergeKeywords(target, update, CallableBelowKeywords(slots, sp - ins.Arg));
                    return sp;
                }

            case Op.DictUpdate:
                {
                    var update = slots[--sp];
                    var source = update.Ref as PyDict ?? (update.Ref as PyAttributeDict)?.Snapshot()
                        ?? throw PythonError.Of(Tags.TypeError, $"'{PyOps.TypeOf(update).Name}' object is not a mapping");

                    var target = slots[sp - ins.Arg].As<PyDict>();
                    foreach (var pair in source.Items)
                    {
                        target.Set(pair.Key, pair.Value);
                    }

                    return sp;
                }

            case Op.BuildSet:
                {
                    sp -= ins.Arg;
                    var set = new PySet(frozen: false);
                    for (var i = 0; i < ins.Arg; i++)
                    {
                        set.Add(slots[sp + i]);
                    }

                    slots[sp++] = PyValue.FromObject(set);
                    return sp;
                }

            case Op.SetAdd:
                {
                    var item = slots[--sp];
                    slots[sp - ins.Arg].As<PySet>().Add(item);
                    return sp;
                }

            case Op.SetUpdate:
                {
                    var iterable = slots[--sp];
                    slots[sp - ins.Arg].As<PySet>().Update(iterable);
                    return sp;
                }

            case Op.MapAdd:
                {
                    // 3.8+: the key was pushed first, the value on top.
                    var value = slots[--sp];
                    var key = slots[--sp];
                    PyHash.Of(key);
                    slots[sp - ins.Arg].As<PyDict>().Set(key, value);
                    return sp;
                }

            case Op.UnpackEx:
                return UnpackStarred(slots, sp, ins.Arg & 0xFF, ins.Arg >> 8);
            default:
                throw new InvalidOperationException($"opcode {ins.Op} reached the dispatch loop without a handler");
        }
    }

    /// <summary>UNPACK_EX: <paramref name="before"/> items, a list of the rest, <paramref name="after"/> items, pushed last first.</summary>
    private static int UnpackStarred(PyValue[] slots, int sp, int before, int after)
    {
        var items = Iteration.ToList(slots[--sp]);
        if (items.Count < before + after)
        {
            throw PythonError.Of(Tags.ValueError, $"not enough values to unpack (expected at least {before + after}, got {items.Count})");
        }

        for (var i = items.Count - 1; i >= items.Count - after; i--)
        {
            slots[sp++] = items[i];
        }

        slots[sp++] = PyValue.FromObject(new PyList(items.GetRange(before, items.Count - before - after)));
        for (var i = before - 1; i >= 0; i--)
        {
            slots[sp++] = items[i];
        }

        return sp;
    }

    /// <summary>The callable of the CALL_FUNCTION_EX a DICT_MERGE feeds, for its error messages.</summary>
    private PyValue CallableBelowKeywords(PyValue[] slots, int dictIndex) =>
        Version == PythonVersion.Py313 ? slots[dictIndex - 3] : slots[dictIndex - 2];

    /// <summary>DICT_MERGE: <c>**mapping</c> into a call's keyword dict; a repeated name is a TypeError.</summary>
    private static void MergeKeywords(PyDict target, PyValue update, PyValue callable)
    {
        var source = KeywordMapping(update, callable);
        foreach (var pair in source.Items)
        {
            if (target.TryGet(pair.Key, out _))
            {
                throw PythonError.Of(Tags.TypeError, $"{CallableName(callable)} got multiple values for keyword argument '{pair.Key.String}'");
            }

            target.Items.Add(pair);
        }
    }

    /// <summary>The dict a <c>**mapping</c> gives: a dict, or <c>obj.__dict__</c> / <c>vars(obj)</c> as it is now.</summary>
    private static PyDict KeywordMapping(PyValue mapping, PyValue callable) => mapping.Ref switch
    {
        PyDict dict => dict,
        PyAttributeDict attributes => attributes.Snapshot(),
        _ => throw PythonError.Of(Tags.TypeError, $"{CallableName(callable)} argument after ** must be a mapping, not {PyOps.TypeOf(mapping).Name}"),
    };

    /// <summary>_PyObject_FunctionStr: the program's own callables are named with their module, builtins without.</summary>
    private static string CallableName(PyValue callable) => callable.Ref switch
    {
        PyFunction function => "__main__." + function.QualifiedName + "()",
        PyMethod { Function: { } function } => "__main__." + function.QualifiedName + "()",
        PyMethod method => CallableName(method.Callable),
        PyClass type => "__main__." + type.QualifiedName + "()",
        PyBuiltin builtin => builtin.Name + "()",
        PyType type => type.Name + "()",
        _ => PyOps.TypeOf(callable).Name + " object",
    };

    /// <summary>CPython's too_many_positional: the range the defaults allow, and the keyword-only arguments given.</summary>
    private static PythonError TooManyPositional(PyFunction function, int given, PyTuple? kwnames)
    {
        var src = function.Code.Source;
        var argcount = src.ArgCount;
        var defaults = function.Defaults.Length;
        var signature = defaults > 0 ? $"from {argcount - defaults} to {argcount}" : argcount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var plural = defaults > 0 || argcount != 1;
        var kwonlyGiven = kwnames is null ? 0 : kwnames.Items.Count(k =>
        {
            var index = src.VarNames.IndexOf(k.String);
            return index >= argcount && index < argcount + src.KeywordOnlyArgCount;
        });
        var kwonly = kwonlyGiven > 0
            ? $" positional argument{(given != 1 ? "s" : string.Empty)} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven != 1 ? "s" : string.Empty)})"
            : string.Empty;
        var name = function.Code.Version <= PythonVersion.Py39 ? src.Name : function.QualifiedName;
        return PythonError.Of(Tags.TypeError,
            $"{name}() takes {signature} positional argument{(plural ? "s" : string.Empty)} but {given}{kwonly} {(given == 1 && kwonlyGiven == 0 ? "was" : "were")} given");
    }

    /// <summary>
    /// Binding keywords when the function has <c>**kwargs</c> or positional-only parameters: names that match
    /// no parameter a keyword may fill go into the new kwargs dict (or are a TypeError without one).
    /// </summary>
    private static void BindKeywordsOrDict(PyFunction function, PyValue[] slots, ReadOnlySpan<PyValue> values, PyTuple? kwnames, int copied)
    {
        var src = function.Code.Source;
        var named = src.ArgCount + src.KeywordOnlyArgCount;
        var posonly = src.PositionalOnlyArgCount;
        PyDict? extra = null;
        if ((src.Flags & CodeFlags.VarKeywords) != 0)
        {
            extra = new PyDict();
            slots[named + ((src.Flags & CodeFlags.VarArgs) != 0 ? 1 : 0)] = PyValue.FromObject(extra);
        }

        List<string>? positionalOnlyPassed = null;
        for (var k = 0; k < values.Length; k++)
        {
            var name = kwnames!.Items[k].String;
            var index = src.VarNames.IndexOf(name);
            if (index >= posonly && index < named)
            {
                if (!slots[index].IsNull)
                {
                    throw PythonError.Of(Tags.TypeError, $"{src.Name}() got multiple values for argument '{name}'");
                }

                slots[index] = values[k];
            }
            else if (extra is not null)
            {
                extra.Set(kwnames.Items[k], values[k]);
            }
            else if (index >= 0 && index < posonly)
            {
                (positionalOnlyPassed ??= []).Add(name);
            }
            else
            {
                throw PythonError.Of(Tags.TypeError, $"{src.Name}() got an unexpected keyword argument '{name}'");
            }
        }

        if (positionalOnlyPassed is not null)
        {
            throw PythonError.Of(Tags.TypeError,
                $"{src.Name}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", positionalOnlyPassed)}'");
        }

        BindKeywords(function, slots, [], null, copied);
    }
}
