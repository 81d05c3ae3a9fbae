using System.Collections.Immutable;
using System.Text.Json;

namespace RaceLab.Python.Bytecode;

/// <summary>
/// Reads a code object recorded from real CPython by golden.py (<c>*.code.json</c>): the oracle that the
/// compiler is compared with, and a way to run real CPython bytecode on the VM without our compiler.
/// </summary>
public static class CodeObjectJson
{
    public static CodeObject Load(string json, PythonVersion version, string fileName)
    {
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, version, fileName);
    }

    private static CodeObject Read(JsonElement element, PythonVersion version, string fileName)
    {
        var children = new Queue<CodeObject>(
            element.GetProperty("children").EnumerateArray().Select(c => Read(c, version, fileName)));
        var constants = element.GetProperty("consts").EnumerateArray()
            .Select(c => ParseConstant(c.GetString()!, children))
            .ToImmutableArray();
        return new CodeObject
        {
            Version = version,
            Name = element.GetProperty("name").GetString()!,
            QualifiedName = element.GetProperty("qualname").GetString()!,
            FileName = fileName,
            FirstLineNumber = element.GetProperty("firstlineno").GetInt32(),
            ArgCount = element.GetProperty("argcount").GetInt32(),
            PositionalOnlyArgCount = element.GetProperty("posonlyargcount").GetInt32(),
            KeywordOnlyArgCount = element.GetProperty("kwonlyargcount").GetInt32(),
            LocalCount = element.GetProperty("nlocals").GetInt32(),
            StackSize = element.GetProperty("stacksize").GetInt32(),
            Flags = (CodeFlags)element.GetProperty("flags").GetInt32(),
            Code = Convert.FromHexString(element.GetProperty("code").GetString()!).ToImmutableArray(),
            Constants = constants,
            Names = Strings(element, "names"),
            VarNames = Strings(element, "varnames"),
            FreeVars = Strings(element, "freevars"),
            CellVars = Strings(element, "cellvars"),
            LineTable = Convert.FromHexString(element.GetProperty("linetable").GetString()!).ToImmutableArray(),
            ExceptionTable = Convert.FromHexString(element.GetProperty("exceptiontable").GetString()!).ToImmutableArray(),
        };
    }

    private static ImmutableArray<string> Strings(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!).ToImmutableArray();

    private static Constant ParseConstant(string repr, Queue<CodeObject> children)
    {
        if (repr.StartsWith("<code ", StringComparison.Ordinal))
        {
            return new CodeConstant(children.Dequeue());
        }

        var reader = new PythonLiteralReader(repr);
        var constant = reader.ReadConstant();
        reader.ExpectEnd();
        return constant;
    }
}
