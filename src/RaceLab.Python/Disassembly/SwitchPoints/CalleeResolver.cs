using System.Collections.Frozen;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Traces a call's callable back through the straight-line code before it (never across a jump target)
/// and classifies it: a function the program defines, a built-in, one of the calls 3.11+ specializes to a
/// non-polling form, or unknown.
/// </summary>
internal sealed class CalleeResolver
{
    // C functions and types: calling them runs no Python frame.
    private static readonly FrozenSet<string> Builtins = new[]
    {
        "abs", "all", "any", "ascii", "bin", "bool", "callable", "chr", "dict", "divmod", "enumerate", "filter",
        "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "id", "int", "isinstance",
        "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "pow", "print", "range",
        "repr", "reversed", "round", "set", "setattr", "sorted", "str", "sum", "tuple", "type", "zip",
    }.ToFrozenSet(StringComparer.Ordinal);

    // C methods of the objects the subset uses (lock, list, sys).
    private static readonly FrozenSet<string> BuiltinMethods = new[]
    {
        "acquire", "release", "locked", "append", "extend", "pop", "insert", "setswitchinterval", "getswitchinterval",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly CodeObject _code;
    private readonly IReadOnlyList<Instruction> _instructions;
    private readonly HashSet<int> _jumpTargets;
    private readonly IReadOnlySet<string> _functionNames;

    public CalleeResolver(CodeObject code, IReadOnlyList<Instruction> instructions, IReadOnlySet<string> functionNames)
    {
        _code = code;
        _instructions = instructions;
        _functionNames = functionNames;
        _jumpTargets = [.. instructions.Where(i => i.JumpTarget is not null).Select(i => i.JumpTarget!.Value)];
        foreach (var entry in code.Version.HasInlineCaches() ? ExceptionTable.Parse(code) : [])
        {
            _jumpTargets.Add(entry.Target);
        }
    }

    public Callee Resolve(int callIndex)
    {
        var call = _instructions[callIndex];
        var producer = Producer(callIndex, StackEffects.CallableDepth(_code.Version, call));
        if (producer is null)
        {
            return Callee.Unknown;
        }

        var positional = call.Arg ?? 0;
        var keywords = call.OpName is "CALL_FUNCTION_KW" or "CALL_KW" or "CALL_FUNCTION_EX"
            || (callIndex > 1 && (_instructions[callIndex - 1].OpName == "KW_NAMES" || _instructions[callIndex - 2].OpName == "KW_NAMES"));
        return producer.OpName switch
        {
            "LOAD_GLOBAL" or "LOAD_NAME" or "LOAD_FAST" or "LOAD_DEREF" => ClassifyName(NameOf(producer), positional, keywords),
            "LOAD_METHOD" or "LOAD_ATTR" => ClassifyMethod(NameOf(producer), positional, keywords, producer),
            "SETUP_WITH" or "BEFORE_WITH" => new Callee(CalleeKind.Builtin, "__exit__"),
            _ => Callee.Unknown,
        };
    }

    /// <summary>The names that <c>def</c> and <c>lambda</c> bind anywhere in the module.</summary>
    public static IReadOnlySet<string> FunctionNames(CodeObject module)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(module, names);
        return names;
    }

    private static void Collect(CodeObject code, HashSet<string> names)
    {
        var instructions = InstructionDecoder.Decode(code);
        for (var i = 0; i < instructions.Count; i++)
        {
            if (instructions[i].OpName != "MAKE_FUNCTION")
            {
                continue;
            }

            var j = i + 1;
            while (j < instructions.Count && instructions[j].OpName == "SET_FUNCTION_ATTRIBUTE")
            {
                j++;
            }

            if (j < instructions.Count && instructions[j].OpName is "STORE_NAME" or "STORE_GLOBAL" or "STORE_FAST" or "STORE_DEREF")
            {
                names.Add(VariableName(code, instructions[j]));
            }
        }

        foreach (var nested in code.NestedCode)
        {
            Collect(nested, names);
        }
    }

    /// <summary>The variable or attribute an instruction names (names, locals, cells per release).</summary>
    internal static string VariableName(CodeObject code, Instruction instruction)
    {
        var arg = instruction.Arg ?? 0;
        var modern = code.Version >= PythonVersion.Py311;
        return instruction.OpName switch
        {
            "LOAD_GLOBAL" when modern => code.Names[arg >> 1],
            "LOAD_ATTR" when code.Version >= PythonVersion.Py312 => code.Names[arg >> 1],
            "LOAD_FAST" or "STORE_FAST" or "LOAD_FAST_CHECK" when !modern => code.VarNames[arg],
            "LOAD_DEREF" or "STORE_DEREF" or "LOAD_CLOSURE" when !modern => code.CellVars.AddRange(code.FreeVars)[arg],
            "LOAD_FAST" or "STORE_FAST" or "LOAD_FAST_CHECK" or "LOAD_DEREF" or "STORE_DEREF" or "LOAD_CLOSURE"
                => ArgumentDescriber.LocalsPlusNames(code)[arg],
            _ => code.Names[arg],
        };
    }

    private string NameOf(Instruction instruction) => VariableName(_code, instruction);

    private Callee ClassifyName(string name, int positional, bool keywords)
    {
        if (_functionNames.Contains(name))
        {
            return new Callee(CalleeKind.PythonFunction, name);
        }

        var specializable = !keywords && name switch
        {
            "len" or "type" => positional == 1,
            "isinstance" => positional == 2,
            _ => false,
        };
        if (specializable)
        {
            return new Callee(CalleeKind.NonPollingWhenSpecialized, name);
        }

        return Builtins.Contains(name) ? new Callee(CalleeKind.Builtin, name) : new Callee(CalleeKind.Unknown, name);
    }

    private Callee ClassifyMethod(string name, int positional, bool keywords, Instruction producer)
    {
        // list.append specializes only in the method-call form (LOAD_METHOD, or 3.12+ LOAD_ATTR with the method bit).
        var methodForm = producer.OpName == "LOAD_METHOD" || (producer.Arg is { } arg && (arg & 1) != 0 && _code.Version >= PythonVersion.Py312);
        if (name == "append" && positional == 1 && !keywords && methodForm)
        {
            return new Callee(CalleeKind.NonPollingWhenSpecialized, "list.append");
        }

        return BuiltinMethods.Contains(name) ? new Callee(CalleeKind.Builtin, "." + name) : new Callee(CalleeKind.Unknown, "." + name);
    }

    private Instruction? Producer(int index, int depth)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (_jumpTargets.Contains(_instructions[j + 1].Offset))
            {
                return null;
            }

            if (StackEffects.Of(_code.Version, _instructions[j]) is not { } effect)
            {
                return null;
            }

            if (depth < effect.Push)
            {
                return _instructions[j];
            }

            depth += effect.Pop - effect.Push;
        }

        return null;
    }
}
