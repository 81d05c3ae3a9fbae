namespace RaceLab.Python.Vm.Threading;

/// <summary>How a simulation ended.</summary>
public enum SimulationStop
{
    /// <summary>Every thread finished.</summary>
    Completed,

    /// <summary>Every remaining thread is blocked and nothing can wake any of them.</summary>
    Deadlock,

    /// <summary>The instruction limit was reached (an infinite loop, or a limit set too low).</summary>
    InstructionLimit,
}
