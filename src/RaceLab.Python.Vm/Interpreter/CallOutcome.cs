namespace RaceLab.Python.Vm.Interpreter;

/// <summary>What a call instruction did, which decides whether it polls.</summary>
internal enum CallOutcome
{
    /// <summary>A Python function: a new frame is on top (3.9/3.10 poll at its entry, 3.11+ in its RESUME).</summary>
    PythonFrame,

    /// <summary>A built-in ran; the call polls after it returns.</summary>
    Native,

    /// <summary>A built-in ran through a warmed-up specialization that does not poll (3.11+ len, isinstance...).</summary>
    NativeNoPoll,
}
