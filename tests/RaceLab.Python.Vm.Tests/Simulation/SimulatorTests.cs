using RaceLab.Python.Vm.Simulation;
using RaceLab.Python.Vm.Tests.Programs;
using RaceLab.Python.Vm.Tests.Semantics;
using RaceLab.Python.Vm.Threading;

namespace RaceLab.Python.Vm.Tests.Simulation;

public sealed class SimulatorTests
{
    private static SimulationResult Simulate(string program, string label, ulong seed = 1, bool trace = false, bool freeThreaded = false)
    {
        var version = ProgramCorpus.Version(label);
        return Simulator.Run(ProgramCorpus.Code(program, version), new SimulationOptions
        {
            Version = version,
            Seed = seed,
            Trace = trace,
            FreeThreaded = freeThreaded,
        });
    }

    [Fact]
    public void Simulate_InlineCounterOn39_LosesUpdatesAndTellsHow()
    {
        var result = Simulate("inline_4x500k", "3.9", trace: true);

        Assert.True(result.AssertionFailed);
        Assert.True(result.LostUpdateEvents > 0);
        // Net erasures add up to exactly what the final value is short of 4 threads × 500,000.
        Assert.Equal(2_000_000 - result.Globals["count"], result.UpdatesLost);
        var story = Assert.IsType<LostUpdateStory>(result.Stories[0]);
        Assert.Equal("count", story.Global);
        Assert.StartsWith("LOAD_GLOBAL", story.LoadInstruction, StringComparison.Ordinal);
        Assert.StartsWith("STORE_GLOBAL", story.StoreInstruction, StringComparison.Ordinal);
        Assert.NotNull(story.SwitchedOutAfter);
        Assert.True(story.StoresMeanwhile > 0);
        Assert.InRange(story.UpdatesErased, -story.StoresMeanwhile, story.StoresMeanwhile);
    }

    [Theory]
    [InlineData("3.10")]
    [InlineData("3.11")]
    [InlineData("3.12")]
    [InlineData("3.13")]
    public void Simulate_InlineCounterOn310AndLater_KeepsEveryUpdate(string label)
    {
        var result = Simulate("inline_4x500k", label);

        Assert.False(result.AssertionFailed);
        Assert.Equal(2_000_000, result.Globals["count"]);
        Assert.Equal(0, result.LostUpdateEvents);
        Assert.True(result.GilSwitches > 10);
    }

    [Theory]
    [InlineData("3.10", true)]
    [InlineData("3.11", false)]
    [InlineData("3.13", false)]
    public void Simulate_LenInsideTheWindow_LosesOnlyWhereTheCallPolls(string label, bool loses)
    {
        var result = Simulate("call_len_10x200k", label);

        Assert.Equal(loses, result.AssertionFailed);
    }

    [Fact]
    public void Simulate_FreeThreaded_LosesEvenWhere313IsSafe()
    {
        var result = Simulate("inline_4x500k", "3.13", freeThreaded: true);

        Assert.True(result.AssertionFailed);
        Assert.Equal(0, result.GilSwitches);
    }

    [Fact]
    public void Simulate_SameSeed_RepeatsExactly()
    {
        var first = Simulate("inline_4x500k", "3.9", seed: 7);
        var second = Simulate("inline_4x500k", "3.9", seed: 7);
        var other = Simulate("inline_4x500k", "3.9", seed: 8);

        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.SimulatedSeconds, second.SimulatedSeconds);
        Assert.Equal(first.UpdatesLost, second.UpdatesLost);
        Assert.NotEqual(first.Globals["count"], other.Globals["count"]);
    }

    [Fact]
    public void Simulate_ThreadStartUp_StaggersWorkersByTheSwitchInterval()
    {
        var result = Simulate("while_local_10x300k", "3.10");

        var starts = result.Threads.Skip(1).Select(t => t.StartSeconds).ToArray();
        Assert.Equal(10, starts.Length);
        Assert.True(starts[^1] - starts[0] > 0.02, $"workers started within {starts[^1] - starts[0]:F4} s");
    }

    [Fact]
    public void Simulate_LockOrderInversion_ReportsDeadlockWithEveryThread()
    {
        var result = Simulator.Run(SemanticsCorpus.Code("deadlock", PythonVersion.Py311), new SimulationOptions { Version = PythonVersion.Py311 });

        Assert.Equal(SimulationStop.Deadlock, result.Stop);
        var deadlock = Assert.IsType<DeadlockReport>(result.Deadlock);
        Assert.Equal(["Thread-1 (one)", "Thread-2 (two)", "Thread-1 (one)"], deadlock.Cycle);
        Assert.Equal(["MainThread", "Thread-1 (one)", "Thread-2 (two)"], deadlock.Threads.Select(t => t.Name));
        var main = deadlock.Threads[0];
        Assert.Equal(("join", "thread Thread-1 (one) to end"), (main.Kind, main.WaitsFor));
        var one = deadlock.Threads[1];
        Assert.Equal(("lock", "lock b", "Thread-2 (two)"), (one.Kind, one.WaitsFor, one.HeldBy));
        Assert.EndsWith(":16 in two", one.AcquiredAt, StringComparison.Ordinal);
        Assert.EndsWith("line 11, in one", one.Stack[^1], StringComparison.Ordinal);
        var two = deadlock.Threads[2];
        Assert.Equal(("lock a", "Thread-1 (one)"), (two.WaitsFor, two.HeldBy));
        Assert.EndsWith(":8 in one", two.AcquiredAt, StringComparison.Ordinal);
        Assert.Contains("Thread-1 (one) → Thread-2 (two) → Thread-1 (one)", result.StopMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.11")]
    [InlineData("3.13")]
    public void Simulate_ConsumerWaitingForATaskThatNeverComes_IsADeadlockInsideQueueGet(string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var code = Python.PythonCompiler.Compile("""
            import queue
            import threading

            jobs = queue.Queue()


            def worker():
                while True:
                    jobs.get()
                    jobs.task_done()


            t = threading.Thread(target=worker)
            t.start()
            jobs.put(1)
            jobs.join()
            t.join()
            """, "consumer.py", version);
        var result = Simulator.Run(code, new SimulationOptions { Version = version });

        Assert.Equal(SimulationStop.Deadlock, result.Stop);
        var deadlock = Assert.IsType<DeadlockReport>(result.Deadlock);
        Assert.Empty(deadlock.Cycle);
        var worker = deadlock.Threads.Single(t => t.Name != "MainThread");
        Assert.StartsWith("a notify()", worker.WaitsFor, StringComparison.Ordinal);
        Assert.Null(worker.HeldBy);
        Assert.Contains("<racelab-lib>/queue.py", string.Join('\n', worker.Stack), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    public void Simulate_ThreadTracebackBetweenPrints_TranscriptKeepsTheOrderTheyWereWritten(string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var code = Python.PythonCompiler.Compile("""
            import threading


            def work():
                print("worker starts")
                raise ValueError("boom")


            print("before")
            t = threading.Thread(target=work)
            t.start()
            t.join()
            print("after", end="")
            """, "exc.py", version);

        var result = Simulator.Run(code, new SimulationOptions { Version = version });

        Assert.Equal(["before", "worker starts", "after"], result.Output);
        var transcript = result.Transcript.Select(line => (line.IsError ? "E " : "O ") + line.Text).ToArray();
        Assert.Equal(result.Output.Count + result.ErrorOutput.Count, transcript.Length);
        // 3.10 added the target's name to a thread's default name.
        var header = version == PythonVersion.Py39 ? "Exception in thread Thread-1:" : "Exception in thread Thread-1 (work):";
        Assert.Equal(["O before", "O worker starts", "E " + header], transcript[..3]);
        Assert.Equal(["E ValueError: boom", "O after"], transcript[^2..]);
    }

    [Theory]
    [InlineData("lib_queue", "3.9")]
    [InlineData("lib_futures", "3.12")]
    [InlineData("lib_threading", "3.13")]
    public void Simulate_LibraryProgramTwiceWithOneSeed_IsTheSameRunToThePicosecond(string program, string versionLabel)
    {
        // Blocking, timeouts, sleeps and hand-offs all come from the seed: nothing reads the clock.
        var version = ProgramCorpus.Version(versionLabel);
        SimulationResult Once(ulong seed) => Simulator.Run(SemanticsCorpus.Code(program, version), new SimulationOptions { Version = version, Seed = seed });

        var first = Once(7);
        var second = Once(7);

        Assert.Equal(first.Output, second.Output);
        Assert.Equal(first.SimulatedSeconds, second.SimulatedSeconds);
        Assert.Equal(first.GilSwitches, second.GilSwitches);
        Assert.Equal(first.Instructions, second.Instructions);
        Assert.Equal(first.Threads, second.Threads);
    }

    [Fact]
    public void Simulate_RandomModule_DrawsFromTheRunsSeedInRange()
    {
        var code = Python.PythonCompiler.Compile("""
            import random
            import threading
            import time

            naps = []


            def nap():
                pause = random.uniform(0.001, 0.003)
                naps.append(pause)
                time.sleep(pause)


            threads = [threading.Thread(target=nap) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            dice = [random.randint(1, 6) for _ in range(50)]
            deck = list(range(10))
            random.shuffle(deck)
            print(min(naps) >= 0.001 and max(naps) < 0.003, min(dice), max(dice), sorted(deck) == list(range(10)))
            print(random.choice(["only"]), random.randrange(0, 10, 5) in (0, 5), naps)
            """, "dice.py", PythonVersion.Py311);
        SimulationResult Run(ulong seed) => Simulator.Run(code, new SimulationOptions { Version = PythonVersion.Py311, Seed = seed });

        var first = Run(3);

        Assert.Equal("True 1 6 True", first.Output[0]);
        Assert.StartsWith("only True [", first.Output[1], StringComparison.Ordinal);
        Assert.Equal(first.Output, Run(3).Output);
        Assert.Equal(first.SimulatedSeconds, Run(3).SimulatedSeconds);
        Assert.NotEqual(first.Output[1], Run(4).Output[1]);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    public void Simulate_DaemonWorkerStillWaitingAtTheEnd_DoesNotKeepTheProgramAlive(string versionLabel)
    {
        var version = ProgramCorpus.Version(versionLabel);
        var code = Python.PythonCompiler.Compile("""
            import queue
            import threading

            jobs = queue.Queue()
            done = []


            def worker():
                while True:
                    done.append(jobs.get())


            threading.Thread(target=worker, daemon=True).start()
            jobs.put(1)
            jobs.put(2)
            while len(done) < 2:
                pass
            print(done)
            """, "daemon.py", version);
        var result = Simulator.Run(code, new SimulationOptions { Version = version });

        Assert.Equal(SimulationStop.Completed, result.Stop);
        Assert.Null(result.Deadlock);
        Assert.Equal(["[1, 2]"], result.Output);
    }

    [Fact]
    public void Simulate_InfiniteLoop_StopsAtTheInstructionLimit()
    {
        var result = Simulator.Run(SemanticsCorpus.Code("forever", PythonVersion.Py39), new SimulationOptions
        {
            Version = PythonVersion.Py39,
            MaxInstructions = 100_000,
        });

        Assert.Equal(SimulationStop.InstructionLimit, result.Stop);
        Assert.Equal(100_000, result.Instructions);
        Assert.Contains("line 3 in <module>", result.StopMessage, StringComparison.Ordinal);
    }
}
