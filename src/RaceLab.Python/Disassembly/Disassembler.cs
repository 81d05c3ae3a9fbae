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

    /// <summary>The listing of one code object alone (no nested code objects), line by line.</summary>
    public static IReadOnlyList<ListingLine> Listing(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var lines = new List<ListingLine>();
        if (code.Version >= PythonVersion.Py313)
        {
            ListWithLabels(code, lines);
        }
        else
        {
            ListWithOffsets(code, lines);
        }

        return lines;
    }

    private static void DisassembleRecursive(CodeObject code, StringBuilder output)
    {
        foreach (var line in Listing(code))
        {
            output.Append(line.Text).Append('\n');
        }

        foreach (var nested in code.NestedCode)
        {
            output.Append('\n').Append("Disassembly of ").Append(CodeRepr.Of(nested)).Append(":\n");
            DisassembleRecursive(nested, output);
        }
    }

    // Python's ' '.join(fields).rstrip().
    private static string JoinFields(List<string> fields) => string.Join(' ', fields).TrimEnd(' ');
}
