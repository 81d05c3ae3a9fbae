using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Decodes a code object's line information: 3.9's <c>co_lnotab</c>, 3.10's <c>co_linetable</c> and the
/// 3.11+ location table, into <c>co_lines()</c> ranges and <c>dis.findlinestarts</c> pairs.
/// </summary>
public static partial class LineTable
{
    /// <summary>What <c>code.co_lines()</c> yields (3.9 has no co_lines: ranges follow its lnotab rows).</summary>
    public static IReadOnlyList<LineRange> Ranges(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Version switch
        {
            PythonVersion.Py39 => LnotabRanges(code),
            PythonVersion.Py310 => LineTable310Ranges(code),
            _ => Merge(LocationRanges(code)),
        };
    }

    /// <summary>
    /// <c>dis.findlinestarts(code)</c> of the code's release: (offset, line) where a new line starts.
    /// Before 3.13 only numbered lines appear; 3.13 also reports where code without a line starts (null).
    /// </summary>
    public static IReadOnlyList<(int Offset, int? Line)> LineStarts(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Version == PythonVersion.Py39)
        {
            return LnotabLineStarts(code);
        }

        var starts = new List<(int, int?)>();
        if (code.Version >= PythonVersion.Py313)
        {
            // `line is not lastline` with a sentinel: the first range always counts, None included.
            var first = true;
            int? last = null;
            foreach (var range in Ranges(code))
            {
                if (first || range.Line != last)
                {
                    first = false;
                    last = range.Line;
                    starts.Add((range.Start, range.Line));
                }
            }

            return starts;
        }

        int? lastLine = null;
        foreach (var range in Ranges(code))
        {
            if (range.Line is not null && range.Line != lastLine)
            {
                lastLine = range.Line;
                starts.Add((range.Start, range.Line));
            }
        }

        return starts;
    }

    /// <summary>The source line of the instruction at <paramref name="offset"/>, or null.</summary>
    public static int? LineAt(CodeObject code, int offset)
    {
        foreach (var range in Ranges(code))
        {
            if (offset >= range.Start && offset < range.End)
            {
                return range.Line;
            }
        }

        return null;
    }

    // lineiter_next (3.11+) merges neighbouring entries that carry the same line.
    private static List<LineRange> Merge(IEnumerable<LineRange> ranges)
    {
        var merged = new List<LineRange>();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && merged[^1].Line == range.Line)
            {
                merged[^1] = merged[^1] with { End = range.End };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
