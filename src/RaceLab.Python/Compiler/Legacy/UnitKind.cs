namespace RaceLab.Python.Compiler.Legacy;

/// <summary>compile.c's <c>COMPILER_SCOPE_*</c>: what a compilation unit compiles.</summary>
internal enum UnitKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}
