namespace RaceLab.Python.Disassembly;

/// <summary>Why (and whether) a CPython release polls its eval breaker at an instruction (CPYTHON-GIL.md).</summary>
public enum CheckPointKind
{
    /// <summary>3.9: the instruction ends in DISPATCH(), so the next loop iteration polls.</summary>
    AfterInstruction,

    /// <summary>3.9 conditional jumps: poll unless the operand is exactly True or False.</summary>
    AfterInstructionUnlessBool,

    /// <summary>3.10 POP_JUMP_IF_*, 3.11 POP_JUMP_BACKWARD_IF_*: only when the jump is taken.</summary>
    WhenJumpTaken,

    /// <summary>Backward jumps (3.10 JUMP_ABSOLUTE, 3.11/3.12 JUMP_BACKWARD) poll after jumping.</summary>
    BackwardJump,

    /// <summary>3.13 JUMP_BACKWARD polls before it jumps.</summary>
    BeforeJump,

    /// <summary>Entering the frame: 3.9/3.10 before the first instruction, 3.11+ RESUME.</summary>
    FrameEntry,

    /// <summary>After a call to a C function or method returns (3.10+; 3.9 polls after every call).</summary>
    AfterCallReturns,

    /// <summary>A call into a Python function: the callee's frame-entry poll happens inside the call.</summary>
    CalleeFrameEntry,

    /// <summary>A call whose callable is not known statically: it may poll (callee entry or after return).</summary>
    UnknownCallee,

    /// <summary>3.11+: len / isinstance / type / list.append specialize to forms that do not poll after warm-up.</summary>
    SpecializedNoPoll,

    /// <summary>A poll that would happen here is deferred: the next instruction is SETUP_WITH and the like.</summary>
    Deferred,
}
