namespace RaceLab.Python.Compiler.Legacy;

/// <summary>Symtable's resolution of a name in one scope (Include/symtable.h).</summary>
internal enum SymbolScope
{
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}
