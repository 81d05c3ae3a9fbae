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
}
