using System.Collections.Immutable;
using System.Text;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;

namespace RaceLab.Python.Tests.Compiler.Legacy;

/// <summary>
/// Compares two code objects field by field, nested code objects included, and describes the first
/// differences readably: which code object, which field, and for co_code the offset and instructions.
/// </summary>
internal static class CodeObjectDiff
{
    /// <summary>Null when equal, else one line per difference.</summary>
    public static string? Describe(CodeObject expected, CodeObject actual)
    {
        var report = new StringBuilder();
        Compare(expected, actual, expected.Name, report);
        return report.Length == 0 ? null : report.ToString();
    }

    private static void Compare(CodeObject expected, CodeObject actual, string path, StringBuilder report)
    {
        Field(report, path, "name", expected.Name, actual.Name);
        Field(report, path, "firstlineno", expected.FirstLineNumber, actual.FirstLineNumber);
        Field(report, path, "argcount", expected.ArgCount, actual.ArgCount);
        Field(report, path, "posonlyargcount", expected.PositionalOnlyArgCount, actual.PositionalOnlyArgCount);
        Field(report, path, "kwonlyargcount", expected.KeywordOnlyArgCount, actual.KeywordOnlyArgCount);
        Field(report, path, "nlocals", expected.LocalCount, actual.LocalCount);
        Field(report, path, "stacksize", expected.StackSize, actual.StackSize);
        Field(report, path, "flags", $"0x{(int)expected.Flags:x}", $"0x{(int)actual.Flags:x}");
        Code(report, path, expected, actual);
        Field(report, path, "names", Join(expected.Names), Join(actual.Names));
        Field(report, path, "varnames", Join(expected.VarNames), Join(actual.VarNames));
        Field(report, path, "freevars", Join(expected.FreeVars), Join(actual.FreeVars));
        Field(report, path, "cellvars", Join(expected.CellVars), Join(actual.CellVars));
        Field(report, path, "linetable", Convert.ToHexString(expected.LineTable.AsSpan()), Convert.ToHexString(actual.LineTable.AsSpan()));
        Field(report, path, "exceptiontable", Convert.ToHexString(expected.ExceptionTable.AsSpan()), Convert.ToHexString(actual.ExceptionTable.AsSpan()));
        Constants(report, path, expected.Constants, actual.Constants);
    }

    private static void Constants(StringBuilder report, string path, ImmutableArray<Constant> expected, ImmutableArray<Constant> actual)
    {
        Field(report, path, "consts", Join(expected.Select(c => c.Repr())), Join(actual.Select(c => c.Repr())));
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            if (expected[i] is CodeConstant e && actual[i] is CodeConstant a)
            {
                Compare(e.Code, a.Code, $"{path}.consts[{i}]({e.Code.Name})", report);
            }
            else if (!Equals(expected[i], actual[i]))
            {
                report.AppendLine($"{path}: consts[{i}] expected {expected[i].Repr()} ({expected[i].GetType().Name}), got {actual[i].Repr()} ({actual[i].GetType().Name})");
            }
        }
    }

    private static void Code(StringBuilder report, string path, CodeObject expected, CodeObject actual)
    {
        if (expected.Code.SequenceEqual(actual.Code))
        {
            return;
        }

        var table = OpcodeTable.For(expected.Version);
        var length = Math.Min(expected.Code.Length, actual.Code.Length);
        var offset = 0;
        while (offset < length && expected.Code[offset] == actual.Code[offset] && expected.Code[offset + 1] == actual.Code[offset + 1])
        {
            offset += 2;
        }

        report.AppendLine(
            $"{path}: code differs at offset {offset} (lengths {expected.Code.Length} vs {actual.Code.Length}): " +
            $"expected {Instruction(table, expected.Code, offset)}, got {Instruction(table, actual.Code, offset)}");
        report.AppendLine($"{path}:   expected {Listing(table, expected.Code)}");
        report.AppendLine($"{path}:   actual   {Listing(table, actual.Code)}");
    }

    private static string Instruction(OpcodeTable table, ImmutableArray<byte> code, int offset) =>
        offset + 1 < code.Length ? $"{table.Name(code[offset])} {code[offset + 1]}" : "<end>";

    private static string Listing(OpcodeTable table, ImmutableArray<byte> code)
    {
        var parts = new List<string>();
        for (var i = 0; i + 1 < code.Length; i += 2)
        {
            parts.Add($"{i}:{table.Name(code[i])} {code[i + 1]}");
        }

        return string.Join(", ", parts);
    }

    private static void Field<T>(StringBuilder report, string path, string field, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            report.AppendLine($"{path}: {field} expected {expected}, got {actual}");
        }
    }

    private static string Join(IEnumerable<string> items) => "[" + string.Join(", ", items) + "]";
}
