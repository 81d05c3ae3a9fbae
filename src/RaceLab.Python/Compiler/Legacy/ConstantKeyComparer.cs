using RaceLab.Python.Bytecode;

namespace RaceLab.Python.Compiler.Legacy;

/// <summary>
/// How co_consts merges constants (_PyCode_ConstantKey): by type and value, and code objects by
/// code_richcompare, so two identical compilations of one comprehension (3.10 compiles a while test
/// twice) share one constant.
/// </summary>
internal sealed class ConstantKeyComparer : IEqualityComparer<Constant>
{
    public static ConstantKeyComparer Instance { get; } = new();

    public bool Equals(Constant? x, Constant? y) => (x, y) switch
    {
        (CodeConstant a, CodeConstant b) => SameCode(a.Code, b.Code),
        _ => Equals((object?)x, y),
    };

    public int GetHashCode(Constant obj) => obj is CodeConstant code
        ? HashCode.Combine(code.Code.Name, code.Code.FirstLineNumber, code.Code.Code.Length)
        : obj.GetHashCode();

    private bool SameCode(CodeObject a, CodeObject b) =>
        a.Name == b.Name
        && a.ArgCount == b.ArgCount
        && a.PositionalOnlyArgCount == b.PositionalOnlyArgCount
        && a.KeywordOnlyArgCount == b.KeywordOnlyArgCount
        && a.LocalCount == b.LocalCount
        && a.Flags == b.Flags
        && a.FirstLineNumber == b.FirstLineNumber
        && a.Code.SequenceEqual(b.Code)
        && a.Constants.SequenceEqual(b.Constants, this)
        && a.Names.SequenceEqual(b.Names)
        && a.VarNames.SequenceEqual(b.VarNames)
        && a.FreeVars.SequenceEqual(b.FreeVars)
        && a.CellVars.SequenceEqual(b.CellVars)
        && a.LineTable.AsSpan().SequenceEqual(b.LineTable.AsSpan())
        && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable.AsSpan());
}
