using System.Globalization;
using System.Text;
using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Disassembly;

/// <summary>
/// Python's <c>repr()</c> of constants as <c>dis</c> shows them; code objects print as
/// <c>&lt;code object NAME at 0x..., file "F", line N&gt;</c>. A real address is meaningless here, so a stable
/// pseudo address derived from the code object's content stands in (golden comparisons normalise it).
/// </summary>
public static class CodeRepr
{
    public static string Of(Constant constant)
    {
        ArgumentNullException.ThrowIfNull(constant);
        return constant is CodeConstant code ? Of(code.Code) : constant.Repr();
    }

    public static string Of(CodeObject code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<code object {code.Name} at 0x{PseudoAddress(code):x}, file \"{code.FileName}\", line {code.FirstLineNumber}>");
    }

    // FNV-1a over what identifies the code object, placed in the range where CPython's heap usually lives.
    private static ulong PseudoAddress(CodeObject code)
    {
        var hash = 14695981039346656037UL;
        void Mix(byte b)
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        foreach (var b in Encoding.UTF8.GetBytes(code.QualifiedName + "\0" + code.FirstLineNumber.ToString(CultureInfo.InvariantCulture)))
        {
            Mix(b);
        }

        foreach (var b in code.Code)
        {
            Mix(b);
        }

        return 0x7f0000000000UL | ((hash & 0xfffffffffUL) << 4);
    }
}
