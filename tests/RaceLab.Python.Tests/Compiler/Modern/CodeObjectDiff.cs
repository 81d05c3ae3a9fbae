using System.Text;
using RaceLab.Python.Bytecode;
using RaceLab.Python.Bytecode.Opcodes;

namespace RaceLab.Python.Tests.Compiler.Modern;

/// <summary>
/// Compares a compiled code object with real CPython's, field by field and recursively through nested
/// code objects, and describes the first difference: which code object, which field, which offset.
/// </summary>
internal static class CodeObjectDiff
{
    public static string? Describe(CodeObject expected, CodeObject actual) => Compare(expected, actual, expected.QualifiedName);

    private static string? Compare(CodeObject expected, CodeObject actual, string path)
    {
        var code = CompareCode(expected, actual, path);
        if (code is not null)
        {
            return code;
        }

        var fields = new (string Name, object Expected, object Actual)[]
        {
            ("name", expected.Name, actual.Name),
            ("qualname", expected.QualifiedName, actual.QualifiedName),
            ("firstlineno", expected.FirstLineNumber, actual.FirstLineNumber),
            ("argcount", expected.ArgCount, actual.ArgCount),
            ("kwonlyargcount", expected.KeywordOnlyArgCount, actual.KeywordOnlyArgCount),
            ("nlocals", expected.LocalCount, actual.LocalCount),
            ("stacksize", expected.StackSize, actual.StackSize),
            ("flags", expected.Flags, actual.Flags),
            ("names", string.Join(", ", expected.Names), string.Join(", ", actual.Names)),
            ("varnames", string.Join(", ", expected.VarNames), string.Join(", ", actual.VarNames)),
            ("freevars", string.Join(", ", expected.FreeVars), string.Join(", ", actual.FreeVars)),
            ("cellvars", string.Join(", ", expected.CellVars), string.Join(", ", actual.CellVars)),
            ("consts", string.Join(", ", expected.Constants.Select(c => c.Repr())), string.Join(", ", actual.Constants.Select(c => c.Repr()))),
            ("exceptiontable", Convert.ToHexString([.. expected.ExceptionTable]), Convert.ToHexString([.. actual.ExceptionTable])),
        };
        foreach (var (name, e, a) in fields)
        {
            if (!Equals(e, a))
            {
                return $"{path}: {name} differs\n  expected: {e}\n  actual:   {a}\n{Listing(expected, actual)}";
            }
        }

        var lines = CompareLines(expected, actual, path);
        if (lines is not null)
        {
            return lines;
        }

        var expectedChildren = expected.NestedCode.ToList();
        var actualChildren = actual.NestedCode.ToList();
        for (var i = 0; i < expectedChildren.Count; i++)
        {
            var child = Compare(expectedChildren[i], actualChildren[i], path + "/" + expectedChildren[i].QualifiedName);
            if (child is not null)
            {
                return child;
            }
        }

        return null;
    }

    private static string? CompareCode(CodeObject expected, CodeObject actual, string path)
    {
        var e = Decode(expected);
        var a = Decode(actual);
        for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
        {
            var ei = i < e.Count ? e[i] : "(end)";
            var ai = i < a.Count ? a[i] : "(end)";
            if (ei != ai)
            {
                return $"{path}: code differs at instruction {i}\n  expected: {ei}\n  actual:   {ai}\n{Listing(expected, actual)}";
            }
        }

        return null;
    }

    private static string? CompareLines(CodeObject expected, CodeObject actual, string path)
    {
        var e = LocationTable.Decode(expected.LineTable, expected.FirstLineNumber);
        var a = LocationTable.Decode(actual.LineTable, actual.FirstLineNumber);
        for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
        {
            var ei = i < e.Count ? e[i].ToString() : "(end)";
            var ai = i < a.Count ? a[i].ToString() : "(end)";
            if (ei != ai)
            {
                return $"{path}: position of code unit {i} (offset {i * 2}) differs\n  expected: {ei}\n  actual:   {ai}\n{Listing(expected, actual)}";
            }
        }

        if (!expected.LineTable.SequenceEqual(actual.LineTable))
        {
            return $"{path}: linetable bytes differ (same positions)\n  expected: {Convert.ToHexString([.. expected.LineTable])}\n  actual:   {Convert.ToHexString([.. actual.LineTable])}";
        }

        return null;
    }

    /// <summary>One line per instruction: offset, name, argument and position, CACHE units included.</summary>
    private static List<string> Decode(CodeObject code)
    {
        var table = OpcodeTable.For(code.Version);
        var positions = LocationTable.Decode(code.LineTable, code.FirstLineNumber);
        var result = new List<string>();
        for (var i = 0; i + 1 < code.Code.Length; i += 2)
        {
            var position = i / 2 < positions.Count ? positions[i / 2].ToString() : "?";
            result.Add($"{i,4} {table.Name(code.Code[i]),-28} {code.Code[i + 1],4}  {position}");
        }

        return result;
    }

    private static string Listing(CodeObject expected, CodeObject actual)
    {
        var e = Decode(expected);
        var a = Decode(actual);
        var text = new StringBuilder("  expected | actual\n");
        for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
        {
            var ei = i < e.Count ? e[i] : string.Empty;
            var ai = i < a.Count ? a[i] : string.Empty;
            text.Append(ei == ai ? "    " : " !! ").Append(ei.PadRight(70)).Append(" | ").Append(ai).Append('\n');
        }

        return text.ToString();
    }
}
