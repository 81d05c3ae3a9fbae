using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;
using RaceLab.Python.Vm.Timeline;

namespace RaceLab.Python.Vm.Tests.Simulation;

public sealed class TimelineRecorderTests
{
    private static SimulationResult Simulate(string program, string label, bool timeline, bool freeThreaded = false)
    {
        var version = ProgramCorpus.Version(label);
        return Simulator.Run(ProgramCorpus.Code(program, version), new SimulationOptions
        {
            Version = version,
            FreeThreaded = freeThreaded,
            RecordTimeline = timeline,
        });
    }

    [Fact]
    public void Timeline_InlineCounterOn39_HasALanePerThreadAHandoffPerSwitchAndEveryLostUpdate()
    {
        var result = Simulate("inline_4x500k", "3.9", timeline: true);

        var timeline = Assert.IsType<SimulationTimeline>(result.Timeline);
        Assert.Equal(["MainThread", "Thread-1", "Thread-2", "Thread-3", "Thread-4"], timeline.Threads);
        Assert.Equal(result.GilSwitches, timeline.Handoffs.Count);
        Assert.Contains(timeline.Handoffs, h => h.Cause == HandoffCause.SwitchInterval);
        Assert.Contains(timeline.Handoffs, h => h.Cause == HandoffCause.ThreadStart);
        Assert.Equal(result.LostUpdateEvents, timeline.LostUpdates.Count);
        Assert.Equal(result.UpdatesLost, timeline.LostUpdates.Sum(l => l.Story.UpdatesErased));
        Assert.All(timeline.LostUpdates, l => Assert.True(l.Story.LoadSeconds <= l.Story.StoreSeconds));
        Assert.All(timeline.LostUpdates, l => Assert.Equal(timeline.Threads[l.Thread], l.Story.Thread));
    }

    [Fact]
    public void Timeline_WithAGil_NeverHasTwoThreadsRunningAtOnce()
    {
        var timeline = Simulate("inline_4x500k", "3.9", timeline: true).Timeline!;

        var running = timeline.Intervals.Where(i => i.Activity == ThreadActivity.Running).OrderBy(i => i.Start).ToArray();
        for (var i = 1; i < running.Length; i++)
        {
            Assert.True(running[i].Start >= running[i - 1].End - 1e-12, $"{running[i - 1]} overlaps {running[i]}");
        }

        // Every worker ran, and ended.
        Assert.All(Enumerable.Range(1, 4), lane => Assert.Contains(running, r => r.Thread == lane));
        Assert.All(timeline.Ends, end => Assert.True(end > 0));
    }

    [Fact]
    public void Timeline_FreeThreaded_HasNoGilHandoffsButLanesThatOverlap()
    {
        var result = Simulate("inline_4x500k", "3.13", timeline: true, freeThreaded: true);

        var timeline = result.Timeline!;
        Assert.False(timeline.HasGil);
        Assert.DoesNotContain(timeline.Handoffs, h => h.Cause != HandoffCause.TimeSlice);
        // Hundreds of thousands of events: the first thousand are kept with their stories, the rest counted.
        Assert.Equal(1_000, timeline.LostUpdates.Count);
        Assert.Equal(result.LostUpdateEvents, timeline.LostUpdates.Count + timeline.LostUpdatesNotKept);
        var running = timeline.Intervals.Where(i => i.Activity == ThreadActivity.Running && i.Thread > 0).ToArray();
        Assert.Contains(running, a => running.Any(b => b.Thread != a.Thread && b.Start < a.End && a.Start < b.End));
    }

    [Fact]
    public void Timeline_NotAskedFor_IsNotRecordedAndTheRunIsTheSame()
    {
        var without = Simulate("inline_4x500k", "3.9", timeline: false);
        var with = Simulate("inline_4x500k", "3.9", timeline: true);

        Assert.Null(without.Timeline);
        Assert.Empty(without.Stories);
        Assert.Equal(without.Globals["count"], with.Globals["count"]);
        Assert.Equal(without.GilSwitches, with.GilSwitches);
        Assert.Equal(without.SimulatedSeconds, with.SimulatedSeconds);
    }

    [Fact]
    public void Timeline_SleepInsideTheWindow_ShowsTheSleepAsBlockedAndItsHandoffAsABlockingCall()
    {
        const string source = """
            import threading
            import time

            count = 0


            def worker():
                global count
                seen = count
                time.sleep(0.001)
                count = seen + 1


            threads = [threading.Thread(target=worker) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            """;
        var code = PythonCompiler.Compile(source, "sleepy.py", PythonVersion.Py311);

        var result = Simulator.Run(code, new SimulationOptions { Version = PythonVersion.Py311, RecordTimeline = true });

        var timeline = result.Timeline!;
        Assert.Equal(1, result.LostUpdateEvents);
        Assert.Single(timeline.LostUpdates);
        Assert.Contains(timeline.Handoffs, h => h.Cause == HandoffCause.Blocking && h.Detail.Contains("time.sleep", StringComparison.Ordinal));
        Assert.All(new[] { 1, 2 }, lane => Assert.Contains(timeline.Intervals, i => i.Thread == lane && i.Activity == ThreadActivity.Blocked && i.End - i.Start >= 0.001));
    }
}
