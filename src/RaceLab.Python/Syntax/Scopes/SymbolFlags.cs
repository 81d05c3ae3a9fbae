namespace RaceLab.Python.Syntax;

/// <summary>How a name occurs in one scope: CPython's DEF_* / USE bits (Include/internal/pycore_symtable.h).</summary>
[Flags]
public enum SymbolFlags
{
    None = 0,

    /// <summary>Declared <c>global</c> here.</summary>
    DefGlobal = 1,

    /// <summary>Assigned here (=, augmented assignment, for/with/comprehension target, def name).</summary>
    DefLocal = 2,

    /// <summary>A parameter (a comprehension's implicit ".0" included).</summary>
    DefParam = 4,

    /// <summary>Declared <c>nonlocal</c> here.</summary>
    DefNonlocal = 8,

    /// <summary>Read here.</summary>
    Use = 16,

    /// <summary>Bound by an import here.</summary>
    DefImport = 128,

    /// <summary>Annotated here as a simple name (<c>x: int</c>): DEF_ANNOT.</summary>
    DefAnnot = 256,

    /// <summary>
    /// 3.12+: a cell of a comprehension inlined into this block (DEF_COMP_CELL); the block's code gets it as a
    /// cell variable even when the block is the module.
    /// </summary>
    DefCompCell = 2048,

    /// <summary>Any binding: DEF_BOUND.</summary>
    Bound = DefLocal | DefParam | DefImport,
}
