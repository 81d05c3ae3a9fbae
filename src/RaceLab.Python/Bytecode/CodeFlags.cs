namespace RaceLab.Python.Bytecode;

/// <summary><c>co_flags</c> bits (Include/cpython/code.h); the same values in 3.9 to 3.13.</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    Optimized = 0x1,
    NewLocals = 0x2,
    VarArgs = 0x4,
    VarKeywords = 0x8,
    Nested = 0x10,
    Generator = 0x20,
    NoFree = 0x40,
    Coroutine = 0x80,
    IterableCoroutine = 0x100,
    AsyncGenerator = 0x200,

    /// <summary>CO_FUTURE_ANNOTATIONS: the module said <c>from __future__ import annotations</c> (every code object of it).</summary>
    FutureAnnotations = 0x1000000,
}
