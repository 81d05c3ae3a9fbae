namespace RaceLab.Python.Syntax;

/// <summary>Where a name lives, as CPython's symtable resolves it (values as in pycore_symtable.h).</summary>
public enum SymbolScope
{
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}
