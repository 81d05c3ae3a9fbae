using RaceLab.Explorer.Python;
using RaceLab.Explorer.Sampling;

namespace RaceLab.Explorer.Tests.Sampling;

public sealed class SegmentReplayTests
{
    [Theory]
    [InlineData("3.9", SamplingStrategy.Pct)]
    [InlineData("3.9", SamplingStrategy.Random)]
    [InlineData("3.9", SamplingStrategy.Pos)]
    [InlineData("3.11", SamplingStrategy.Pct)]
    [InlineData("3.13t", SamplingStrategy.Random)]
    public void Replay_RecordedSchedule_ReachesTheSameOutcomeWithAndWithoutRecording(string python, SamplingStrategy strategy)
    {
        var machine = SampledPrograms.Machine(SampledPrograms.Counter(3, 200), python);
        var sampler = new ScheduleSampler(machine, new SamplingOptions { Strategy = strategy });
        var runner = new ScheduleRunner(machine);
        for (var schedule = 0; schedule < 20; schedule++)
        {
            var run = runner.Run(sampler.StrategyFor(schedule, 5000), true, long.MaxValue, long.MaxValue, CancellationToken.None)!;

            var text = string.Join(' ', run.Segments!.Select(s => $"{s.Thread}:{s.Instructions}"));
            ScheduleRun plain;
            try
            {
                plain = new SegmentReplayer(machine).Run(run.Segments!, null, out _);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException(text + " " + run.Instructions + " " + run.Outcome, e);
            }

            var recorded = new SegmentReplayer(machine).Replay(run.Segments!);

            Assert.Equal(run.Outcome, plain.Outcome);
            Assert.Equal(run.Outcome, recorded.Outcome);
            Assert.Equal(run.Preemptions, recorded.Witness.Preemptions);
        }
    }
}
