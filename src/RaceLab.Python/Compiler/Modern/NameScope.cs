namespace RaceLab.Python.Compiler.Modern;

/// <summary>Where a name lives in one scope (CPython's symtable scopes).</summary>
internal enum NameScope
{
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}
