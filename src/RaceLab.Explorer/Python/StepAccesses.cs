using RaceLab.Python.Vm.Loading;

namespace RaceLab.Explorer.Python;

/// <summary>
/// What the step from one instruction may touch as far as the code alone tells, read once per code position
/// (POS asks for a footprint at every decision, and scanning the code there cost about what the decision
/// did). What only the live run tells is applied when a footprint is asked for, in
/// <see cref="PythonMachine.NextFootprint"/>: whether the stretch's operands are ints, and whose thread
/// runs the step and where the main thread is (a global's access may be private).
/// </summary>
/// <param name="Needs">What the step's instructions need of the frame to touch no more than its globals.</param>
/// <param name="Reads">The globals it reads that another thread may write whoever runs it (one bit per slot, modulo 64).</param>
/// <param name="Writes">The globals it writes that another thread may see whoever runs it.</param>
/// <param name="MaybePrivate">Its other loads and stores of globals, each (op, slot) once: private or not by thread and time.</param>
internal readonly record struct StepAccesses(StepNeeds Needs, ulong Reads, ulong Writes, Instr[] MaybePrivate);

/// <summary>What a step needs of the live frame (see <see cref="StepAccesses"/>).</summary>
[Flags]
internal enum StepNeeds : byte
{
    None = 0,

    /// <summary>Something the scan does not model (a call, an attribute, a lock...), or too long a step: it may touch anything.</summary>
    Anything = 1,

    /// <summary>Operators, truth tests, or a FOR_ITER past the first instruction: frame-only where the stretch's int conditions hold.</summary>
    IntOperators = 2,

    /// <summary>The step begins with FOR_ITER: frame-only over a range iterator, or where the int conditions hold.</summary>
    ForIterAtStart = 4,
}
