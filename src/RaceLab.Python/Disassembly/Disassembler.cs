using System.Text;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Prints code objects exactly as each CPython release's <c>dis.dis(code)</c> does: 3.9-3.12 with offsets
/// and <c>&gt;&gt;</c> jump-target markers, 3.13 with <c>L1:</c> labels; nested code objects follow as
/// "Disassembly of &lt;code object ...&gt;:" sections.
/// </summary>
public static partial class Disassembler
{
    /// <summary>The text of <c>dis.dis(code)</c> on <c>code.Version</c>, nested code objects included.</summary>
    public static string Disassemble(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var output = new StringBuilder();
        DisassembleRecursive(code, output);
        return output.ToString();
    }

    /// <summary>
    /// What golden.py records for a module: for each code object among the module's constants,
    /// "Disassembly of NAME:", its <c>dis.dis</c> text and a blank line.
    /// </summary>
    public static string DisassembleModule(CodeObject module)
    {
        ArgumentNullException.ThrowIfNull(module);
        var output = new StringBuilder();
        foreach (var code in module.NestedCode)
        {
            output.Append("Disassembly of ").Append(code.Name).Append(":\n");
            DisassembleRecursive(code, output);
            output.Append('\n');
        }

        return output.ToString();
    }

    private static void DisassembleRecursive(CodeObject code, StringBuilder output)
    {
        if (code.Version >= PythonVersion.Py313)
        {
            DisassembleWithLabels(code, output);
        }
        else
        {
            DisassembleWithOffsets(code, output);
        }

        foreach (var nested in code.NestedCode)
        {
            output.Append('\n').Append("Disassembly of ").Append(CodeRepr.Of(nested)).Append(":\n");
            DisassembleRecursive(nested, output);
        }
    }

    private static void AppendLine(StringBuilder output, string line) => output.Append(line.TrimEnd(' ')).Append('\n');
}
