using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Machines;
using RaceLab.Explorer.Python;

namespace RaceLab.Explorer.Tests.Python;

public sealed class PythonStateTests
{
    [Fact]
    public void Compact_StateRebuiltFromItsStepBytes_HasTheSameKeyAndGoesOn()
    {
        var machine = new PythonMachine(ProgramCode.Load("load_store_counter", "3.9"), new PythonMachineOptions { Granularity = Granularity.Memory });
        var state = machine.CreateInitialState();
        // Main's set-up, then the workers' steps, always the highest-numbered thread that can run.
        for (var step = 0; step < 8; step++)
        {
            var thread = Enumerable.Range(0, machine.ThreadCount(state)).Last(t => machine.IsEnabled(state, t));
            StateSpaceExplorer<PythonState>.RunStep(machine, state, thread, reduce: true, null);
        }

        Assert.Equal(3, machine.ThreadCount(state));

        var before = Key(machine, state);
        var copy = machine.Clone(state);

        machine.Compact(state);

        // Rebuilt by replaying the steps from their packed bytes: the same state, and it can go on.
        Assert.Equal(before, Key(machine, state));
        StateSpaceExplorer<PythonState>.RunStep(machine, state, 1, reduce: true, null);
        StateSpaceExplorer<PythonState>.RunStep(machine, copy, 1, reduce: true, null);
        Assert.Equal(Key(machine, copy), Key(machine, state));
    }

    private static byte[] Key(PythonMachine machine, PythonState state)
    {
        var writer = new StateKeyWriter();
        machine.WriteKey(state, [.. Enumerable.Range(0, machine.ThreadCount(state))], writer);
        return writer.Written.ToArray();
    }
}
