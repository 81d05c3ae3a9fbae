using RaceLab.Explorer.Engine;
using RaceLab.Explorer.Python;
using RaceLab.Explorer.Tests.Sampling;

namespace RaceLab.Explorer.Tests.Engine;

public sealed class MemoryBudgetTests
{
    [Fact]
    public void Explore_TenThreadsTimesTenIncrementsAtMemoryGranularity_StopsByItselfUnderTheBudget()
    {
        // About 10^16 states: without a budget this grows until the kernel kills the process.
        var source = """
            import threading

            count = 0


            def worker():
                global count
                for _ in range(10):
                    value = count
                    count = value + 1


            threads = [threading.Thread(target=worker) for _ in range(10)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(count)
            """;
        var machine = SampledPrograms.Machine(source, "3.9", Granularity.Memory);
        var budget = Environment.WorkingSet + (384L << 20);

        var result = Exploration.Explore(machine, new ExplorationOptions { MaxMemoryBytes = budget });

        Assert.False(result.Complete);
        Assert.True(result.StoppedByMemory);
        Assert.True(result.States > 100_000, $"{result.States} states");
        Assert.True(Environment.WorkingSet < budget, $"working set {Environment.WorkingSet:N0} over the budget {budget:N0}");
    }

    [Fact]
    public void Explore_SmallSearchUnderABudget_CompletesAsWithout()
    {
        var machine = SampledPrograms.Machine(SampledPrograms.Counter(2, 2), "3.9");

        var limited = Exploration.Explore(machine, new ExplorationOptions { MaxMemoryBytes = Environment.WorkingSet + (1L << 30) });
        var free = Exploration.Explore(machine);

        Assert.True(limited.Complete);
        Assert.False(limited.StoppedByMemory);
        Assert.Equal(free.Outcomes.Select(o => (o.Outcome.Signature, o.Interleavings)), limited.Outcomes.Select(o => (o.Outcome.Signature, o.Interleavings)));
    }
}
