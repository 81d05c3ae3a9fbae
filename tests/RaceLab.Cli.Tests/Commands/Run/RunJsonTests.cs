using System.Text.Json;
using RaceLab.Cli.Commands.Run;
using RaceLab.Cli.Tests.Support;
using RaceLab.Experiment.Strategies;
using static RaceLab.Cli.Tests.Support.Results;

namespace RaceLab.Cli.Tests.Commands.Run;

public class RunJsonTests
{
    private static string[] Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Run_Json_WritesOneDocumentWithTheIssuesShape()
    {
        var (exitCode, output) = CliRunner.Run("run", "--json", "--threads", "2", "--iterations", "5000", "--trials", "2", "--strategy", "unsafe,interlocked");

        Assert.Equal(ExitCodes.Ok, exitCode);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["threads", "iterations", "expected", "environment", "strategies"], Keys(root));
        Assert.Equal(2, root.GetProperty("threads").GetInt32());
        Assert.Equal(5000, root.GetProperty("iterations").GetInt64());
        Assert.Equal(10000, root.GetProperty("expected").GetInt64());

        var strategies = root.GetProperty("strategies").EnumerateArray().ToList();
        Assert.Equal(["unsafe", "interlocked"], strategies.Select(s => s.GetProperty("name").GetString()));
        foreach (var strategy in strategies)
        {
            Assert.Equal(["name", "trials", "min", "median", "max", "median_lost"], Keys(strategy));
            var trials = strategy.GetProperty("trials").EnumerateArray().ToList();
            Assert.Equal(2, trials.Count);
            foreach (var trial in trials)
            {
                Assert.Equal(["final", "lost", "seconds", "ns_per_increment", "overlap"], Keys(trial));
                Assert.Equal(10000, trial.GetProperty("final").GetInt64() + trial.GetProperty("lost").GetInt64());
                Assert.InRange(trial.GetProperty("overlap").GetDouble(), 0, 1);
                Assert.True(trial.GetProperty("seconds").GetDouble() >= 0);
            }
        }

        Assert.Equal(10000, strategies[1].GetProperty("min").GetInt64());
        Assert.Equal(0, strategies[1].GetProperty("median_lost").GetInt64());
    }

    [Fact]
    public void Run_Json_EnvironmentNamesCoresRuntimeAndJitSettings()
    {
        var (_, output) = CliRunner.Run("--json", "--threads", "1", "--iterations", "10", "--trials", "1", "--strategy", "lock");
        using var document = JsonDocument.Parse(output);
        var environment = document.RootElement.GetProperty("environment");
        Assert.Equal(System.Environment.ProcessorCount, environment.GetProperty("logical_cores").GetInt32());
        Assert.StartsWith(".NET", environment.GetProperty("runtime").GetString(), StringComparison.Ordinal);
        foreach (var setting in new[] { "tiered_compilation", "quick_jit_for_loops", "tiered_pgo", "ready_to_run" })
        {
            Assert.Equal(["enabled", "source"], Keys(environment.GetProperty(setting)));
        }

        // In process the test host's collector, whatever it is, named as the runtime reports it.
        var collector = System.Runtime.GCSettings.IsServerGC ? "server, " : "workstation, ";
        Assert.StartsWith(collector, environment.GetProperty("garbage_collector").GetString(), StringComparison.Ordinal);
        Assert.True(environment.GetProperty("start_gate").GetBoolean());
        Assert.Equal(32, environment.GetProperty("counter_bits").GetInt32());
    }

    [Fact]
    public void ToJson_EvenTrialCount_WritesHalfMedians()
    {
        var result = Make(threads: 1, iterations: 10, strategies: [(StrategyKind.Unsafe, [7, 8])]);
        using var document = JsonDocument.Parse(RunJsonWriter.ToJson(result));
        var strategy = document.RootElement.GetProperty("strategies")[0];
        Assert.Equal(7.5, strategy.GetProperty("median").GetDouble());
        Assert.Equal(2.5, strategy.GetProperty("median_lost").GetDouble());
        Assert.Equal("7", strategy.GetProperty("min").GetRawText());
    }
}
