using System.Globalization;
using System.Text.Json;
using RaceLab.Cli.Commands.Explore;
using RaceLab.Cli.Tests.Support;

namespace RaceLab.Cli.Tests.Commands.Explore;

/// <summary>racelab explore --strategy random|pct|pos on programs of our own, compiled by RaceLab's compiler.</summary>
public sealed class ExploreSamplingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"racelab-sampling-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public ExploreSamplingTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Pct_On39_FindsTheLostUpdateAndItsReplayFileReproducesIt()
    {
        var program = Program(2, 3);

        var (code, text) = CliRunner.Run("explore", program, "--python", "3.9", "--strategy", "pct", "--schedules", "50", "--witness-dir", Witnesses);

        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Contains("FAILS", text, StringComparison.Ordinal);
        Assert.Contains("Witness for outcome", text, StringComparison.Ordinal);
        Assert.Contains("PCT's guarantee", text, StringComparison.Ordinal);
        Assert.Contains("Found:", text, StringComparison.Ordinal);
        var files = Directory.GetFiles(Witnesses);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var expected = File.ReadLines(file).Single(l => l.StartsWith("# outcome:", StringComparison.Ordinal));
            var count = expected.Split("count=")[1].Split(' ', '|')[0];
            var (replayCode, replay) = CliRunner.Run("explore", program, "--python", "3.9", "--replay", file);
            Assert.Equal(ExitCodes.CheckFailed, replayCode);
            Assert.Contains($"count={count}", replay, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("random")]
    [InlineData("pct")]
    [InlineData("pos")]
    public void Sampling_On311_FindsNoLostUpdateAndSaysItIsNotAProof(string strategy)
    {
        var (code, text) = CliRunner.Run("explore", Program(3, 20), "--python", "3.11", "--strategy", strategy, "--schedules", "40", "--witness-dir", Witnesses);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("No anomaly in 40 schedules — not a proof.", text, StringComparison.Ordinal);
        Assert.Contains("For a proof", text, StringComparison.Ordinal);
        Assert.DoesNotContain("No anomaly is reachable", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasTheStrategySeedsAndPerOutcomeCounts()
    {
        // A seed whose 30 schedules lose an update: a random walk on 2 x 3 rarely does (2 in 30 with seed 3).
        var (code, text) = CliRunner.Run("explore", Program(2, 3), "--python", "3.9", "--strategy", "random", "--schedules", "30", "--seed", "3", "--json", "--witness-dir", Witnesses);

        Assert.Equal(ExitCodes.CheckFailed, code);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal("random", root.GetProperty("strategy").GetString());
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(30, root.GetProperty("schedules").GetInt32());
        var outcomes = root.GetProperty("outcomes").EnumerateArray().ToList();
        Assert.Equal(30, outcomes.Sum(o => o.GetProperty("schedules").GetInt32()));
        Assert.All(outcomes, o => Assert.True(o.TryGetProperty("first_seed", out _)));
        Assert.Contains(outcomes, o => o.GetProperty("fails").GetBoolean() && o.GetProperty("schedule").GetString()!.Contains(':', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Witnesses_GivesThatManyAnomaliesAWitnessFileAndSaysWhyTheOthersHaveNone(int witnesses)
    {
        var (code, text) = CliRunner.Run("explore", Program(3, 8), "--python", "3.9", "--strategy", "random", "--schedules", "100", "--witnesses", witnesses.ToString(CultureInfo.InvariantCulture), "--witness-dir", Witnesses);

        Assert.Equal(ExitCodes.CheckFailed, code);
        Assert.Equal(witnesses, Directory.Exists(Witnesses) ? Directory.GetFiles(Witnesses).Length : 0);
        Assert.Contains(witnesses == 0 ? "no witnesses were asked for (--witnesses 0)" : "only the 5 most often reached anomalous outcomes get a witness (--witnesses N for more)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sampling_SameSeed_WritesTheSameReportWhateverTheWorkers()
    {
        var program = Program(2, 3);

        var one = Strip(CliRunner.Run("explore", program, "--python", "3.9", "--strategy", "pos", "--schedules", "40", "--json", "--workers", "1", "--witness-dir", Witnesses).Output);
        var two = Strip(CliRunner.Run("explore", program, "--python", "3.9", "--strategy", "pos", "--schedules", "40", "--json", "--workers", "2", "--witness-dir", Witnesses).Output);

        Assert.Equal(one, two);
    }

    [Fact]
    public void TimeLimit_StopsWithTheSchedulesFinishedAndSaysSo()
    {
        var (code, text) = CliRunner.Run("explore", Program(2, 2), "--python", "3.11", "--strategy", "random", "--schedules", "100000000", "--time-limit", "1", "--witness-dir", Witnesses);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Time limit:", text, StringComparison.Ordinal);
        Assert.Contains("of 100,000,000 schedules finished", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_SampledOutcomeFromJson_ReproducesIt()
    {
        var program = Program(2, 3);
        var (_, text) = CliRunner.Run("explore", program, "--python", "3.9", "--strategy", "pct", "--schedules", "30", "--json", "--witness-dir", Witnesses);
        using var document = JsonDocument.Parse(text);
        var failing = document.RootElement.GetProperty("outcomes").EnumerateArray().First(o => o.TryGetProperty("schedule", out _));
        var file = Path.Combine(_folder, "outcome.json");
        File.WriteAllText(file, failing.GetRawText());

        var (code, replay) = CliRunner.Run("explore", program, "--python", "3.9", "--replay", file, "--json");

        Assert.Equal(ExitCodes.CheckFailed, code);
        using var replayed = JsonDocument.Parse(replay);
        Assert.Equal(failing.GetProperty("globals").GetProperty("count").GetInt32(), replayed.RootElement.GetProperty("globals").GetProperty("count").GetInt32());
        Assert.Equal(failing.GetProperty("preemptions").GetInt32(), replayed.RootElement.GetProperty("preemptions").GetInt32());
    }

    [Theory]
    [InlineData("--strategy", "fast", "--strategy: unknown value 'fast'")]
    [InlineData("--schedules", "10", "--schedules applies to sampled schedules")]
    [InlineData("--max-memory", "1KB", "--max-memory: '1KB' is not a size")]
    [InlineData("--witnesses", "5", "--witnesses applies to sampled schedules")]
    public void BadOption_ExitsTwoWithAMessage(string option, string value, string message)
    {
        var (code, text) = CliRunner.Run("explore", Program(2, 2), option, value);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("random", "--depth", "2", "--depth applies to --strategy pct")]
    [InlineData("pct", "--schedules", "0", "--schedules must be at least 1")]
    [InlineData("pct", "--until", "never", "--until: unknown value 'never'")]
    [InlineData("pos", "--witnesses", "-1", "--witnesses must be 0 or more")]
    public void BadSamplingOption_ExitsTwoWithAMessage(string strategy, string option, string value, string message)
    {
        var (code, text) = CliRunner.Run("explore", Program(2, 2), "--strategy", strategy, option, value);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exhaustive_OnTheNotesUnboundedProgram_SaysAtOnceWhatItCanDoInstead()
    {
        var (code, text) = CliRunner.Run("explore", Program(10, 1_000_000), "--python", "3.9");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("too big to explore every interleaving", text, StringComparison.Ordinal);
        Assert.Contains("--bound 2", text, StringComparison.Ordinal);
        Assert.Contains("--strategy pct", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Exhaustive_OnAThreadPoolSpreadingItsWork_WarnsOfTheSizeASerialRunHides()
    {
        // Run serially, the pool's first worker takes every task and the search looks small; the probe's
        // random walk spreads the 600 updates over the four workers, as the search will.
        var path = Path.Combine(_folder, "pool.py");
        File.WriteAllText(path, """
            from concurrent.futures import ThreadPoolExecutor
            stock = {}
            def restock(items):
                for it in items:
                    stock[it] = stock.get(it, 0) + 1
                return len(items)
            with ThreadPoolExecutor(max_workers=4) as pool:
                futures = [pool.submit(restock, ["apple", "pear", "plum"] * 50) for _ in range(4)]
                total = sum(f.result() for f in futures)
            print(stock, total)
            """);

        var (code, text) = CliRunner.Run("explore", path, "--python", "3.9", "--max-states", "300");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("far more than fit", text, StringComparison.Ordinal);
        Assert.Contains("--strategy pct", text, StringComparison.Ordinal);
        Assert.Contains("Partial", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.0, "about 10 seconds")]
    [InlineData(3.0, "about 17 minutes")]
    [InlineData(5.0, "about 28 hours")]
    [InlineData(6.0, "about 12 days")]
    [InlineData(9.0, "about 32 years")]
    [InlineData(17.5, "about 10^10 years")]
    public void SearchProgress_SaysHowLongInAReadableUnit(double log10Seconds, string expected) =>
        Assert.Equal(expected, SearchProgress.Duration(log10Seconds));

    [Fact]
    public void Exhaustive_PrintsItsMemoryBudget()
    {
        var (code, text) = CliRunner.Run("explore", Program(2, 2), "--python", "3.11");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Memory budget: ", text, StringComparison.Ordinal);
    }

    private string Witnesses => Path.Combine(_folder, "witnesses");

    /// <summary>The JSON without its timings (the only part that may differ between runs).</summary>
    private static string Strip(string json) => string.Join('\n', json.Split('\n').Where(l => !l.Contains("seconds", StringComparison.Ordinal)));

    private string Program(int threads, int increments)
    {
        var path = Path.Combine(_folder, $"counter_{threads}x{increments}.py");
        File.WriteAllText(path, $$"""
            import threading

            count = 0


            def worker():
                global count
                for _ in range({{increments}}):
                    count += 1


            threads = []
            for _ in range({{threads}}):
                t = threading.Thread(target=worker)
                threads.append(t)
                t.start()
            for t in threads:
                t.join()
            print("count is", count)
            assert count == {{increments}} * {{threads}}, count
            """);
        return path;
    }
}
