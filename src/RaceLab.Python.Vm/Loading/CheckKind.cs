namespace RaceLab.Python.Vm.Loading;

/// <summary>
/// Where one release polls its eval breaker around an instruction (CPYTHON-GIL.md, "Check points per
/// version"). Decided once per instruction when the code is loaded.
/// </summary>
[Flags]
internal enum CheckKind : byte
{
    None = 0,

    /// <summary>Always polls once the instruction has run (3.9's slow instructions, JUMP_BACKWARD, RESUME...).</summary>
    After = 1,

    /// <summary>3.9/3.10: the poll before this instruction is deferred (SETUP_WITH, SETUP_FINALLY...).</summary>
    DeferBefore = 2,

    /// <summary>Conditional jump that polls when taken (3.10, 3.11's backward conditional jumps).</summary>
    IfTaken = 4,

    /// <summary>3.9 conditional jump: polls unless the operand is exactly True or False.</summary>
    IfNotBool = 8,

    /// <summary>3.9/3.10 call: polls when the call returns (for a Python callee: when its frame returns).</summary>
    AfterCall = 16,

    /// <summary>3.11+ call: polls after a call to a callable that is not a Python function, unless warmed up
    /// into one of the specializations that do not poll (len, isinstance, type, list.append).</summary>
    AfterNativeCall = 32,
}
