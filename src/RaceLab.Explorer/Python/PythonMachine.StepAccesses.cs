using RaceLab.Python.Vm.Loading;

namespace RaceLab.Explorer.Python;

public sealed partial class PythonMachine
{
    /// <summary>Per code object (by its Id) and instruction, what the step from there may touch (see <see cref="StepAccesses"/>).</summary>
    private readonly StepAccesses[][] _stepAccesses;

    /// <summary>Reads every code position's step once: the machine is shared by the workers, so the table is built before they start.</summary>
    private StepAccesses[][] ReadStepAccesses()
    {
        var table = new StepAccesses[_module.AllCode.Count][];
        foreach (var code in _module.AllCode)
        {
            var steps = new StepAccesses[code.Code.Length];
            for (var pc = 0; pc < steps.Length; pc++)
            {
                steps[pc] = ReadStep(code.Code, pc);
            }

            table[code.Id] = steps;
        }

        return table;
    }

    /// <summary>
    /// The scan of <see cref="NextFootprint"/> (the same paths: both sides of a branch, through jumps, to the
    /// next poll), keeping what depends on the live frame as needs instead of deciding it.
    /// </summary>
    private StepAccesses ReadStep(Instr[] code, int start)
    {
        var anything = new StepAccesses(StepNeeds.Anything, 0, 0, []);
        var needs = StepNeeds.None;
        ulong reads = 0, writes = 0;
        var maybePrivate = new List<Instr>();
        Span<int> pending = stackalloc int[MaxFootprintScan];
        var pendingCount = 0;
        var visited = 0;
        pending[pendingCount++] = start;
        while (pendingCount > 0)
        {
            var pc = pending[--pendingCount];
            if (pc < 0 || pc >= code.Length || ++visited > MaxFootprintScan)
            {
                return anything;
            }

            var ins = code[pc];
            if (SharedGlobals.IsGlobalAccess(ins.Op))
            {
                if (!_sharedGlobals.IsAlwaysShared(ins))
                {
                    if (!maybePrivate.Exists(g => g.Op == ins.Op && g.Arg == ins.Arg))
                    {
                        maybePrivate.Add(ins);
                    }
                }
                else if (SharedGlobals.IsStore(ins.Op))
                {
                    writes |= 1UL << (ins.Arg & 63);
                }
                else
                {
                    reads |= 1UL << (ins.Arg & 63);
                }
            }
            else if (ins.Op == Op.ForIter && pc == start)
            {
                needs |= StepNeeds.ForIterAtStart;
            }
            else if (IsIntOperator(ins.Op))
            {
                needs |= StepNeeds.IntOperators;
            }
            else if (!TouchesOnlyItsFrame(ins.Op))
            {
                return anything;
            }

            if (_oneInstructionSteps)
            {
                break;
            }

            var next = pc + 1;
            var polls = (ins.Check & CheckKind.After) != 0;
            if (ins.Op != Op.Jump && !(polls && Polls(code, next)))
            {
                if (pendingCount == pending.Length)
                {
                    return anything;
                }

                pending[pendingCount++] = next;
            }

            var branches = IsBranch(ins.Op) && !(polls || (ins.Check & CheckKind.IfTaken) != 0);
            if ((ins.Op == Op.Jump && !(polls && Polls(code, ins.Arg))) || branches)
            {
                if (pendingCount == pending.Length)
                {
                    return anything;
                }

                pending[pendingCount++] = ins.Arg;
            }
        }

        return new StepAccesses(needs, reads, writes, [.. maybePrivate]);
    }
}
