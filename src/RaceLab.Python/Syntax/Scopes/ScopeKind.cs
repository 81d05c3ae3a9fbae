namespace RaceLab.Python.Syntax;

/// <summary>The kinds of symbol-table block in the subset (CPython's ModuleBlock, ClassBlock and FunctionBlock flavours).</summary>
public enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}
