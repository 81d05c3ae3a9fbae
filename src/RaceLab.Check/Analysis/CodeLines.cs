using RaceLab.Python.Bytecode;
using RaceLab.Python.Disassembly;

namespace RaceLab.Check.Analysis;

/// <summary>The source line of each instruction of one code object, decoded once from its line table.</summary>
internal sealed class CodeLines(CodeObject code)
{
    private readonly IReadOnlyList<LineRange> _ranges = LineTable.Ranges(code);

    public int At(int offset)
    {
        foreach (var range in _ranges)
        {
            if (offset >= range.Start && offset < range.End && range.Line is { } line)
            {
                return line;
            }
        }

        return code.FirstLineNumber;
    }
}
