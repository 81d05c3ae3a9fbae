using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;

namespace RaceLab.Python.Vm.Tests.Simulation;

/// <summary>The lost-update ledger on attributes (<c>self.value += 1</c>) and items (<c>counts[key] += 1</c>).</summary>
public sealed class ObjectLedgerTests
{
    [Theory]
    [InlineData("class_counter_4x200k", 800_000, "Counter.value")]
    [InlineData("dict_item_4x300k", 1_200_000, "dict['hits']")]
    public void Simulate_UpdatesLostOn39_AddUpToWhatTheFinalValueIsShort(string name, long expected, string location)
    {
        var result = Simulator.Run(ProgramCorpus.Code(name, PythonVersion.Py39), new SimulationOptions
        {
            Version = PythonVersion.Py39,
            Trace = true,
        });

        var final = long.Parse(result.Output[^1].Split(' ')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(result.AssertionFailed);
        Assert.True(result.LostUpdateEvents > 0);
        Assert.Equal(expected - final, result.UpdatesLost);
        Assert.All(result.Stories, story => Assert.Equal(location, story.Global));
    }

    [Theory]
    [InlineData("class_counter_4x200k")]
    [InlineData("dict_item_4x300k")]
    public void Simulate_On311_RecordsNoLostUpdate(string name)
    {
        var result = Simulator.Run(ProgramCorpus.Code(name, PythonVersion.Py311), new SimulationOptions { Version = PythonVersion.Py311 });

        Assert.False(result.AssertionFailed);
        Assert.Equal(0, result.LostUpdateEvents);
        Assert.Equal(0, result.UpdatesLost);
    }

    private const string BlindWriteProgram = """
        import threading
        import time

        total = 0
        flag = False


        class Gate:
            def __init__(self):
                self.open = False


        gate = Gate()
        marks = {"seen": False}


        def raiser():
            global flag, total
            time.sleep(0.001)
            flag = True
            gate.open = True
            marks["seen"] = True
            total += 1


        def consumer():
            global flag, total
            # Loads of every location, then a sleep while the raiser stores to them.
            seen = (flag, gate.open, marks["seen"])
            before = total
            time.sleep(0.002)
            flag = False
            gate.open = False
            marks["seen"] = False
            total = before + 1


        threads = [threading.Thread(target=raiser), threading.Thread(target=consumer)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print("total", total, flag, gate.open, marks["seen"])
        """;

    /// <summary>
    /// Clearing a flag another thread raised (a constant stored after a load of the location) overwrites its
    /// store by design: only the counter's read-modify-write, which stores a value computed from its load, loses
    /// an update.
    /// </summary>
    [Theory]
    [InlineData(PythonVersion.Py39)]
    [InlineData(PythonVersion.Py311)]
    [InlineData(PythonVersion.Py313)]
    public void Simulate_ConstantStoresOverOthersStores_AreNotLostUpdates(PythonVersion version)
    {
        var code = Python.PythonCompiler.Compile(BlindWriteProgram, "flags.py", version);

        var result = Simulator.Run(code, new SimulationOptions { Version = version, Trace = true });

        Assert.Equal("total 1 False False False", result.Output[^1]);
        Assert.Equal(1, result.LostUpdateEvents);
        Assert.Equal(1, result.UpdatesLost);
        Assert.Equal("total", Assert.Single(result.Stories).Global);
    }
}
