using System.Numerics;
using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Models;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Replay;

namespace RaceLab.Explorer.Tests.Python;

/// <summary>
/// start() and join() at memory granularity: a new thread's bootstrap is a step of its own (the starter may
/// run before the target's first instruction), and a join on a running thread is deferred to the joiner's
/// next visible step. Checked on a program whose main thread reads between its two joins.
/// </summary>
public sealed class ThreadLifecycleTests
{
    [Theory]
    [InlineData("3.9")]
    [InlineData("3.10")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_ReadBetweenJoins_SeesExactlyWhatTheJoinsAllow(string python)
    {
        var result = Explore("join_then_read", python);

        // Two workers each load then store count; main prints it after joining the first, then after the
        // second. The first print follows the first worker's store (never 0) and may precede the second
        // worker's; the second print follows both. Counting the 15 orders of the 8 visible steps by hand:
        // prints (1, 1) in 8 (a lost update, or the second worker stored after reading 0), (1, 2) in 5,
        // (2, 2) in 2; (2, 1) and anything with 0 are impossible.
        Assert.True(result.Complete);
        var byOutput = result.Outcomes.ToDictionary(o => string.Join(",", o.Outcome.Output), o => o.Interleavings);
        Assert.Equal(new Dictionary<string, BigInteger> { ["1,1"] = 8, ["1,2"] = 5, ["2,2"] = 2 }, byOutput);
    }

    [Theory]
    [InlineData("3.9", new[] { "1,1", "1,2", "2,2" })]
    [InlineData("3.12", new[] { "1,2", "2,2" })]
    public void Explore_ReadBetweenJoinsAtBytecodeGranularity_FirstPrintFollowsTheFirstWorker(string python, string[] outputs)
    {
        // With a GIL a deferred join ends the joiner's segment and its next one starts at the print's read:
        // never before the first worker's store (no 0), and on 3.12 no update is lost (no "1,1").
        var machine = new PythonMachine(ProgramCode.Load("join_then_read", python), new PythonMachineOptions());

        var result = new StateSpaceExplorer<PythonState>(machine).Explore();

        Assert.True(result.Complete);
        Assert.Equal(outputs, result.Outcomes.Select(o => string.Join(",", o.Outcome.Output)).Order());
    }

    [Fact]
    public void Replay_SecondWorkerFirst_IsASchedule()
    {
        // 3.9's worker begins with LOAD_GLOBAL count. Before the bootstrap was a step of its own, main stayed
        // blocked in first.start() until the first worker had loaded, so the second worker could never go
        // first and this schedule was refused. Main's set-up (3 steps), the second worker, the first, main.
        var replay = new ScheduleReplayer<PythonState>(Machine("join_then_read", "3.9")).Replay([0, 0, 0, 2, 2, 1, 1, 0, 0, 0, 0]);

        Assert.Equal(["2", "2"], replay.Outcome.Output);
        Assert.Equal("read count = 0", replay.Witness.Events.First(e => e.Thread == 2 && e.Access is not null).Access);
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    [InlineData("3.13t")]
    public void Explore_WorkersJoinedInAFixedOrder_AreMergedBySymmetry(string python)
    {
        // 3 workers × 3 load/store increments: the abstract model up to symmetry has 1,507 states (the
        // engine's CounterMachine), without it about 7,600. Main's list of threads fixes the order it joins
        // them in; with joins deferred and the dead list left out of the keys, the VM's states are the
        // symmetric model's plus main's few set-up states.
        var program = Machine("load_store_3x3", python);
        var model = new StateSpaceExplorer<CounterState>(new CounterMachine(3, 3)).Explore();

        var result = new StateSpaceExplorer<PythonState>(program).Explore();

        Assert.True(result.Complete);
        Assert.InRange(result.States, model.States, model.States + 60);
        Assert.Equal(
            model.Outcomes.Aggregate(BigInteger.Zero, (sum, o) => sum + o.Interleavings),
            result.Outcomes.Aggregate(BigInteger.Zero, (sum, o) => sum + o.Interleavings));
    }

    [Theory]
    [InlineData("3.9")]
    [InlineData("3.12")]
    public void Explore_EitherOfTwoSymmetricWorkersFails_OneOutcomeNamingTheirFunction(string python)
    {
        // Whichever worker reads 1 divides by zero. Symmetry merges "the first failed" with "the second
        // failed", so the outcome must not name either: it names their function, with both schedules.
        var result = Explore("symmetric_error", python);

        var failed = Assert.Single(result.Outcomes, o => o.Outcome.Error is not null);
        Assert.Equal("a worker() thread: ZeroDivisionError: integer division or modulo by zero", failed.Outcome.Error);
        // The division is a step of its own (it may raise, and a raise ends the thread): the failing worker's
        // divide falls in any of 4 places among the other's load, store and divide, for either worker first.
        Assert.Equal(new BigInteger(8), failed.Interleavings);
        // Both read 0: 4 orders of the loads and stores, times 3 places of the two divides after the stores.
        Assert.Equal(new BigInteger(12), Assert.Single(result.Outcomes, o => o.Outcome.Error is null).Interleavings);
    }

    private static PythonMachine Machine(string program, string python) =>
        new(ProgramCode.Load(program, python), new PythonMachineOptions
        {
            FreeThreaded = python.EndsWith('t'),
            Granularity = Granularity.Memory,
        });

    private static ExplorationResult Explore(string program, string python) =>
        new StateSpaceExplorer<PythonState>(Machine(program, python)).Explore();
}
