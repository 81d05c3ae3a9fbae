using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Interpreter;

/// <summary>
/// The explorer's scheduler inside the dispatch loop: a sampled schedule decides at almost every check point,
/// and leaving and re-entering the loop for each decision cost far more than the decision.
/// </summary>
internal interface ICheckPointSwitch
{
    /// <summary>
    /// Called at a check point with the drop request set, the running thread's state saved. Returns the
    /// thread to run on from here: the same one, or another the switch has already given the processor (it
    /// must have begun and have a frame to run); null leaves the loop with <see cref="RunExit.Yield"/>.
    /// </summary>
    SimThread? AtCheckPoint(SimThread running);
}
