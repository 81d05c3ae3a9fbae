using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// What each attribute and item instruction works on, as source text: a symbolic run over the value stack
/// (locals, globals, cells, constants and attribute chains by name; anything else unknown) that tells the
/// window finder that <c>LOAD_ATTR value</c> and <c>STORE_ATTR value</c> both act on <c>self</c>, or that
/// <c>BINARY_SUBSCR</c> and <c>STORE_SUBSCR</c> both act on <c>counts[key]</c>. The stack is forgotten at
/// every jump target, so a symbol is only trusted along straight-line code.
/// </summary>
internal sealed class OperandSymbols
{
    // Built-ins that read their arguments and keep no reference to them: passing a container to one does not share it.
    private static readonly HashSet<string> ReadOnlyBuiltins =
        ["len", "sum", "sorted", "min", "max", "any", "all", "print", "repr", "str", "list", "tuple", "set", "dict", "iter", "enumerate", "isinstance"];

    private readonly Dictionary<int, string?[]> _inputs = [];

    private OperandSymbols()
    {
    }

    /// <summary>
    /// Fast locals that only ever hold a container this code object built (a list, dict or set display) and
    /// never hand it on (as an argument, a stored value, a return value): no other thread can reach them.
    /// </summary>
    public IReadOnlySet<string> PrivateLocals { get; private set; } = new HashSet<string>();

    /// <summary>The symbols of the top stack values an instruction consumes, top last; null entries are unknown.</summary>
    public string?[] Inputs(int index) => _inputs.TryGetValue(index, out var inputs) ? inputs : [];

    /// <summary>Whether a symbol is a constant's repr (names never start with a quote or a digit, and None/True/False are keywords).</summary>
    public static bool IsConstant(string symbol) =>
        symbol.Length > 0 && (symbol[0] is '\'' or '"' or '-' or '(' || char.IsDigit(symbol[0]) || symbol is "None" or "True" or "False");

    public static OperandSymbols Compute(CodeObject code, IReadOnlyList<Instruction> instructions)
    {
        var result = new OperandSymbols();
        var targets = instructions.Where(i => i.JumpTarget is not null).Select(i => i.JumpTarget!.Value).ToHashSet();
        var names = ArgumentDescriber.LocalsPlusNames(code);
        var stack = new List<string?>();
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (targets.Contains(instruction.Offset))
            {
                stack.Clear();
            }

            var effect = StackEffects.Of(code.Version, instruction);
            var consumed = Consumed(instruction, effect);
            var inputs = new string?[consumed];
            for (var k = 0; k < consumed; k++)
            {
                inputs[consumed - 1 - k] = stack.Count > k ? stack[^(k + 1)] : null;
            }

            result._inputs[i] = inputs;
            if (!Step(code, instruction, names, stack, effect))
            {
                stack.Clear();
            }
        }

        result.PrivateLocals = FindPrivateLocals(code, instructions, result, names);
        return result;
    }

    private static HashSet<string> FindPrivateLocals(CodeObject code, IReadOnlyList<Instruction> instructions, OperandSymbols symbols, System.Collections.Immutable.ImmutableArray<string> names)
    {
        var modern = code.Version >= PythonVersion.Py311;
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(code.VarNames.Take(code.ArgCount + code.KeywordOnlyArgCount), StringComparer.Ordinal);
        excluded.UnionWith(code.CellVars);
        excluded.UnionWith(code.FreeVars);
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            if (instruction.OpName == "STORE_FAST")
            {
                var name = modern ? names[instruction.Arg ?? 0] : code.VarNames[instruction.Arg ?? 0];
                var fresh = i > 0 && instructions[i - 1].OpName is "BUILD_LIST" or "BUILD_MAP" or "BUILD_SET" or "BUILD_CONST_KEY_MAP"
                    or "LIST_EXTEND" or "SET_UPDATE";
                (fresh ? candidates : excluded).Add(name);
            }
            else if (instruction.OpName is "STORE_FAST_LOAD_FAST" or "STORE_FAST_STORE_FAST" or "DELETE_FAST")
            {
                excluded.Add(names[(instruction.Arg ?? 0) >> (instruction.OpName == "DELETE_FAST" ? 0 : 4)]);
            }

            var inputs = symbols.Inputs(i);
            var readOnlyCall = StackEffects.IsCall(instruction.OpName) && inputs.Take(2).Any(s => s is not null && ReadOnlyBuiltins.Contains(s));
            for (var p = 0; p < inputs.Length; p++)
            {
                if (inputs[p] is { } symbol && !symbol.Contains('.') && !symbol.Contains('[') && !readOnlyCall && !IsOwnerPosition(instruction.OpName, p))
                {
                    excluded.Add(symbol);
                }
            }
        }

        candidates.ExceptWith(excluded);
        return candidates;
    }

    // Where a container is used rather than handed on: the object of an attribute, item or method access, or a
    // stack shuffle or pop that only moves it.
    private static bool IsOwnerPosition(string opName, int position) => opName switch
    {
        "LOAD_ATTR" or "LOAD_METHOD" => position == 0,
        "STORE_ATTR" => position == 1,
        "BINARY_SUBSCR" or "DELETE_SUBSCR" => position == 0,
        "STORE_SUBSCR" => position == 1,
        "CONTAINS_OP" => position == 1,
        "GET_ITER" or "POP_TOP" or "DUP_TOP" or "DUP_TOP_TWO" or "COPY" or "ROT_TWO" or "ROT_THREE" or "ROT_FOUR" or "SWAP" => true,
        _ => false,
    };

    private static int Consumed(Instruction instruction, (int Pop, int Push)? effect) => instruction.OpName switch
    {
        "DUP_TOP_TWO" or "ROT_TWO" => 2,
        "ROT_THREE" => 3,
        "ROT_FOUR" => 4,
        "SWAP" => instruction.Arg ?? 0,
        _ => effect?.Pop ?? 0,
    };

    /// <summary>Applies one instruction to the symbolic stack; false when its effect is unknown (the stack is then forgotten).</summary>
    private static bool Step(CodeObject code, Instruction instruction, System.Collections.Immutable.ImmutableArray<string> names, List<string?> stack, (int Pop, int Push)? effect)
    {
        var arg = instruction.Arg ?? 0;
        var modern = code.Version >= PythonVersion.Py311;
        switch (instruction.OpName)
        {
            case "LOAD_FAST" or "LOAD_FAST_CHECK":
                stack.Add(modern ? names[arg] : code.VarNames[arg]);
                return true;
            case "LOAD_FAST_LOAD_FAST":
                stack.Add(names[arg >> 4]);
                stack.Add(names[arg & 15]);
                return true;
            case "LOAD_GLOBAL" when modern && (arg & 1) != 0:
                // 3.11/3.12 push NULL first, 3.13 after the global.
                if (code.Version >= PythonVersion.Py313)
                {
                    stack.Add(code.Names[arg >> 1]);
                    stack.Add(null);
                }
                else
                {
                    stack.Add(null);
                    stack.Add(code.Names[arg >> 1]);
                }

                return true;
            case "LOAD_GLOBAL" or "LOAD_NAME":
                stack.Add(CalleeResolver.VariableName(code, instruction));
                return true;
            case "LOAD_DEREF" or "LOAD_CLASSDEREF":
                stack.Add(CalleeResolver.VariableName(code, instruction));
                return true;
            case "LOAD_CONST":
                stack.Add(code.Constants[arg] is { } constant and not CodeConstant ? constant.Repr() : null);
                return true;
            // A method load leaves the bound method in both of its stack places (callable and self, whichever
            // order the release uses), so the call finds it as its callable: d.get(k) reads d[k].
            case "LOAD_METHOD" or "LOAD_ATTR":
                {
                    var owner = Pop(stack);
                    var symbol = owner is null ? null : $"{owner}.{CalleeResolver.VariableName(code, instruction)}";
                    stack.Add(symbol);
                    if (instruction.OpName == "LOAD_METHOD" || (code.Version >= PythonVersion.Py312 && (arg & 1) != 0))
                    {
                        stack.Add(symbol);
                    }

                    return true;
                }

            case "DUP_TOP":
                stack.Add(Peek(stack, 1));
                return true;
            case "DUP_TOP_TWO":
                {
                    var (a, b) = (Peek(stack, 2), Peek(stack, 1));
                    stack.Add(a);
                    stack.Add(b);
                    return true;
                }

            case "COPY":
                stack.Add(Peek(stack, arg));
                return true;
            case "ROT_TWO":
                Rotate(stack, 2);
                return true;
            case "ROT_THREE":
                Rotate(stack, 3);
                return true;
            case "ROT_FOUR":
                Rotate(stack, 4);
                return true;
            case "SWAP":
                {
                    Pad(stack, arg);
                    (stack[^1], stack[^arg]) = (stack[^arg], stack[^1]);
                    return true;
                }

            default:
                if (effect is not { } known)
                {
                    return instruction.JumpTarget is not null && PopConditionOnly(instruction, stack);
                }

                for (var k = 0; k < known.Pop; k++)
                {
                    Pop(stack);
                }

                stack.AddRange(Enumerable.Repeat<string?>(null, known.Push));
                return true;
        }
    }

    // POP_JUMP_IF_* pops its condition on both paths; other jumps of unknown effect forget the stack.
    private static bool PopConditionOnly(Instruction instruction, List<string?> stack)
    {
        if (!instruction.OpName.StartsWith("POP_JUMP", StringComparison.Ordinal))
        {
            return false;
        }

        Pop(stack);
        return true;
    }

    private static string? Pop(List<string?> stack)
    {
        if (stack.Count == 0)
        {
            return null;
        }

        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return top;
    }

    private static string? Peek(List<string?> stack, int depth) => stack.Count >= depth ? stack[^depth] : null;

    private static void Pad(List<string?> stack, int depth)
    {
        while (stack.Count < depth)
        {
            stack.Insert(0, null);
        }
    }

    // ROT_n: the top moves down to the n-th place, the others move up one.
    private static void Rotate(List<string?> stack, int n)
    {
        Pad(stack, n);
        var top = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        stack.Insert(stack.Count - (n - 1), top);
    }
}
