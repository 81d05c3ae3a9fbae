using RaceLab.Python.Vm.Values;

namespace RaceLab.Python.Vm.Loading;

/// <summary>What the stretch from one instruction to the next check point may touch, as the explorer read it from the code.</summary>
internal enum StretchKind : byte
{
    /// <summary>Something on some path may touch what other threads see (a call, an attribute, a lock...).</summary>
    Shared,

    /// <summary>Only the thread's own frame, when <see cref="LocalStretch.ConditionsHold"/>.</summary>
    FrameOnly,

    /// <summary>Global names, and otherwise only the frame when the conditions hold.</summary>
    FrameAndGlobals,
}

/// <summary>
/// The stretch a thread runs from an instruction to its next check point, read from the code once by the
/// explorer (see RaceLab.Explorer's LocalStretchAnalysis): its kind and the conditions on the frame at its
/// start under which its operators cannot run code, raise or touch an object (int operands of + - * &amp; | ^
/// and comparisons, truth tests of ints, FOR_ITER on a range iterator, bound locals). A sampled schedule
/// takes no decision before a stretch that touches only its frame: it commutes with every other thread's
/// steps, so switching before it reaches nothing switching after it does not.
/// </summary>
/// <param name="StackIntegral">Bit d: the entry d + 1 from the top of the stack must be an int or bool.</param>
/// <param name="LocalsBound">Bit k: local slot k must be bound.</param>
/// <param name="LocalsIntegral">Bit k: local slot k must be an int or bool.</param>
/// <param name="RangeIteratorAt">0, or the depth from the top of the stack of an entry that must be a range iterator.</param>
internal readonly record struct LocalStretch(StretchKind Kind, uint StackIntegral, ulong LocalsBound, ulong LocalsIntegral, byte RangeIteratorAt)
{
    /// <summary>Whether the frame (its slots, stack pointer <paramref name="sp"/>) meets the stretch's conditions.</summary>
    /// <remarks>Inlined into the VM's skip test, which runs at most check points of a sampled schedule.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool ConditionsHold(PyValue[] slots, int sp)
    {
        if (RangeIteratorAt != 0 && slots[sp - RangeIteratorAt].Ref is not PyRangeIterator)
        {
            return false;
        }

        for (var stack = StackIntegral; stack != 0; stack &= stack - 1)
        {
            if (!slots[sp - 1 - System.Numerics.BitOperations.TrailingZeroCount(stack)].IsIntegral)
            {
                return false;
            }
        }

        for (var bound = LocalsBound; bound != 0; bound &= bound - 1)
        {
            if (slots[System.Numerics.BitOperations.TrailingZeroCount(bound)].IsNull)
            {
                return false;
            }
        }

        for (var integral = LocalsIntegral; integral != 0; integral &= integral - 1)
        {
            if (!slots[System.Numerics.BitOperations.TrailingZeroCount(integral)].IsIntegral)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the stretch touches only its frame, given the frame it starts with.</summary>
    public bool IsLocal(PyValue[] slots, int sp) => Kind == StretchKind.FrameOnly && ConditionsHold(slots, sp);
}
