using System.Collections.Immutable;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// The <c>argrepr</c> that each release's <c>dis</c> prints in parentheses after an argument. One partial
/// file per release family, each a port of that release's <c>_get_instructions_bytes</c> / <c>ArgResolver</c>.
/// </summary>
internal sealed partial class ArgumentDescriber
{
    private static readonly string[] FormatConverters = ["", "str", "repr", "ascii"];
    private static readonly string[] FunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];

    private static readonly string[] Intrinsic1 =
    [
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR",
        "INTRINSIC_ASYNC_GEN_WRAP", "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    ];

    private static readonly string[] Intrinsic2 =
    [
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
        "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    ];

    private readonly CodeObject _code;
    private readonly OpcodeTable _table;
    private readonly IReadOnlyDictionary<int, int> _labels;
    private readonly ImmutableArray<string> _cellNames;
    private readonly ImmutableArray<string> _localsPlusNames;

    public ArgumentDescriber(CodeObject code, IReadOnlyDictionary<int, int>? labels = null)
    {
        _code = code;
        _table = OpcodeTable.For(code.Version);
        _labels = labels ?? new Dictionary<int, int>();
        _cellNames = code.CellVars.AddRange(code.FreeVars);
        _localsPlusNames = LocalsPlusNames(code);
    }

    public string Describe(Instruction instruction)
    {
        if (instruction.Arg is not { } arg)
        {
            return "";
        }

        return _code.Version switch
        {
            PythonVersion.Py39 or PythonVersion.Py310 => DescribeLegacy(instruction, arg),
            PythonVersion.Py311 => Describe311(instruction, arg),
            PythonVersion.Py312 => Describe312(instruction, arg),
            _ => Describe313(instruction, arg),
        };
    }

    /// <summary>3.11+ <c>co_localsplusnames</c>: locals, then cells that are not arguments, then free variables.</summary>
    internal static ImmutableArray<string> LocalsPlusNames(CodeObject code) =>
        code.VarNames
            .AddRange(code.CellVars.Where(c => !code.VarNames.Contains(c)))
            .AddRange(code.FreeVars);

    private bool Is(Instruction instruction, string name) =>
        _table.TryGet(name, out var op) && op == instruction.Opcode;

    private string Constant(int index) => CodeRepr.Of(_code.Constants[index]);

    private string Name(int index) => _code.Names[index];

    private string LocalPlus(int index) => _localsPlusNames[index];

    private string JumpTo(Instruction instruction) => "to " + instruction.JumpTarget;

    private string Compare(int index) => _table.CompareOps[index];

    private string BinaryOp(int index) => _table.BinaryOps[index];

    private static string FormatValue(int arg)
    {
        var text = FormatConverters[arg & 3];
        if ((arg & 4) != 0)
        {
            text += text.Length > 0 ? ", with format" : "with format";
        }

        return text;
    }

    private static string Flags(int arg) =>
        string.Join(", ", FunctionFlags.Where((_, i) => (arg & (1 << i)) != 0));
}
