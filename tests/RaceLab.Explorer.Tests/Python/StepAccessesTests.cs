using RaceLab.Explorer.Python;
using RaceLab.Explorer.Tests.Sampling;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>The footprints read from the per-position table are the ones a fresh scan of the code gives.</summary>
public sealed class StepAccessesTests
{
    [Theory]
    [InlineData("bounded_buffer.py", "3.9")]
    [InlineData("bounded_buffer.py", "3.12")]
    [InlineData("call_in_window.py", "3.9")]
    [InlineData("check_then_act_cache.py", "3.10")]
    [InlineData("class_counter.py", "3.9")]
    [InlineData("class_counter.py", "3.11")]
    [InlineData("helper_counter.py", "3.9")]
    [InlineData("helper_counter.py", "3.13")]
    [InlineData("load_store_3x3.py", "3.9")]
    [InlineData("locked_counter.py", "3.9")]
    [InlineData("spin_flag.py", "3.9")]
    [InlineData("thread_local_tally.py", "3.11")]
    [InlineData("while_counter.py", "3.9")]
    [InlineData("inline_counter.py", "3.9")]
    [InlineData("inline_counter.py", "3.13t")]
    public void TableFootprint_IsTheScannedOne_AtEveryStopOfRandomRuns(string program, string python)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Programs", program));
        var machine = SampledPrograms.Machine(source, python);
        for (var seed = 0; seed < 5; seed++)
        {
            _ = CompareAlongRandomRun(machine, seed);
        }
    }

    [Fact]
    public void TableFootprint_NamesTheCountersGlobal()
    {
        // Not only "anything" and "nothing" compared: the counter's steps name the global they touch.
        var machine = SampledPrograms.Machine(SampledPrograms.Counter(3, 20), "3.9");

        Assert.True(CompareAlongRandomRun(machine, 2) > 0, "no step named a global");
    }

    [Fact]
    public void TableFootprint_IsTheScannedOne_AtMemoryGranularity()
    {
        var machine = SampledPrograms.Machine(SampledPrograms.Counter(3, 20), "3.9", Granularity.Memory);

        Assert.True(CompareAlongRandomRun(machine, 1) > 0);
    }

    /// <summary>Runs one random schedule (at most a few thousand segments), comparing every thread's footprint at every stop.</summary>
    /// <returns>How many footprints named globals without being "anything".</returns>
    private static int CompareAlongRandomRun(PythonMachine machine, int seed)
    {
        var live = machine.StartSampledRun();
        var random = new Random(seed);
        var named = 0;
        for (var step = 0; step < 3000; step++)
        {
            var enabled = Enumerable.Range(0, live.Threads.Count).Where(t => PythonMachine.CanRun(live.Threads[t])).ToList();
            if (enabled.Count == 0)
            {
                break;
            }

            for (var thread = 0; thread < live.Threads.Count; thread++)
            {
                var scanned = machine.NextFootprint(live, thread, scan: true);
                var table = machine.NextFootprint(live, thread);
                Assert.Equal((scanned.Reads, scanned.Writes), (table.Reads, table.Writes));
                named += table.Reads != ~0UL && !table.IsEmpty ? 1 : 0;
            }

            _ = machine.RunSegment(live, live.Threads[enabled[random.Next(enabled.Count)]], 1, out _);
        }

        return named;
    }
}
